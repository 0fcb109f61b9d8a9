/** Every lexicon rule's own examples: positives fire (and decide the code), negatives do not. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/engine/lexicon';
import { one } from './helpers';

const fired = (text: string, id: string) => one(text).evidence.some((e) => e.ruleId === id);
const decides = (r: (typeof RULES)[number]) => r.code !== null && (r.kind === 'activity' || r.kind === 'purpose');

describe('lexicon rules are data with examples', () => {
  it('ids are unique and follow <code>.<trigger>', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.id).toMatch(r.code ? new RegExp(`^${r.code}\\.[a-z-]+$`) : /^[a-z]+\.[a-z-]+$/);
  });

  it.each(RULES.map((r) => [r.id, r]))('%s has at least one positive and one negative example', (_id, r) => {
    expect(r.examples.positive.length).toBeGreaterThan(0);
    expect(r.examples.negative.length).toBeGreaterThan(0);
  });

  const positives = RULES.flatMap((r) => r.examples.positive.map((ex) => [r.id, ex, r] as const));
  it.each(positives)('%s fires on: %s', (id, ex, r) => {
    const s = one(ex);
    const statusRule = r.role === 'status';
    // Status triggers and untimed services show as context evidence on the statement they govern.
    if (statusRule) expect(s.status).toBe(r.status);
    else if (r.role === 'untimed') expect(s.code).toBeNull();
    else expect(fired(ex, id) || r.role === 'break' || r.role === 'terminate').toBe(true);
    if (decides(r) && r.role !== 'label') expect(s.code).toBe(r.code);
  });

  const negatives = RULES.flatMap((r) => r.examples.negative.map((ex) => [r.id, ex, r] as const));
  it.each(negatives)('%s does not decide: %s', (id, ex, r) => {
    const s = one(ex);
    if (r.role === 'status') expect(s.status).not.toBe(r.status);
    else if (r.code) expect(fired(ex, id) && s.code === r.code && s.status === 'performed').toBe(false);
    else expect(fired(ex, id)).toBe(false);
  });
});
