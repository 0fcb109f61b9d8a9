import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { POLICY_KEYS } from '../../../lib/contracts/settings';
import { managedSchema } from '../../../lib/settings/managed-schema';

const schema = managedSchema() as { type: string; properties: Record<string, Record<string, unknown>> };

test('lists every policy-settable key, and only those', () => {
  expect(schema.type).toBe('object');
  expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  expect(POLICY_KEYS).toEqual(expect.arrayContaining(['orgName', 'siteAllowList', 'ruleByPayer', 'disableCopy']));
});

test('uses only keywords Chrome understands, one type per node', () => {
  const allowed = new Set(['type', 'properties', 'items', 'enum', 'pattern', 'minimum', 'maximum', 'description']);
  const walk = (node: Record<string, unknown>, at: string) => {
    for (const k of Object.keys(node)) expect(allowed.has(k), `${at}.${k}`).toBe(true);
    expect(typeof node.type, `${at} has a type`).toBe('string');
    if (node.type === 'number') expect(node.minimum ?? node.maximum, `${at}: no range on numbers`).toBeUndefined();
    for (const [p, s] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>))
      walk(s, `${at}.${p}`);
    if (node.items) walk(node.items as Record<string, unknown>, `${at}[]`);
  };
  walk(schema, '$');
  expect(JSON.stringify(schema)).not.toContain('additionalProperties');
});

test('the built managed_schema.json (when present) is the generated one', () => {
  let built: string;
  try {
    built = readFileSync('.output/chrome-mv3/managed_schema.json', 'utf8');
  } catch {
    return; // no build yet: nothing to compare
  }
  expect(JSON.parse(built)).toEqual(schema);
});
