/** Every regex pattern the engine loads is data: a unique id, and examples that it finds and does not find. */
import { describe, expect, it } from 'vitest';
import '../../../lib/engine';
import { allPatterns, matches } from '../../../lib/engine/pattern';

const all = allPatterns();

it('the engine declares its patterns, each id once', () => {
  expect(all.length).toBeGreaterThan(40);
  const ids = all.map((p) => p.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
});

describe.each(all.map((p) => [p.id, p] as const))('pattern %s', (_id, p) => {
  it('has a positive and a negative example', () => {
    expect(p.examples.positive.length).toBeGreaterThan(0);
    expect(p.examples.negative.length).toBeGreaterThan(0);
  });
  it.each(p.examples.positive)('finds %j', (ex) => expect(matches(p.re, ex)).toBe(true));
  it.each(p.examples.negative)('does not find %j', (ex) => expect(matches(p.re, ex)).toBe(false));
});
