import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { EXTENSION_ID, FIREFOX_ID } from '../../../lib/settings/extension-id';
import { managedSchema } from '../../../lib/settings/managed-schema';
import { parsePolicy } from '../../../lib/settings/policy';

const guide = readFileSync('assets/docs/admin-guide.md', 'utf8');
const blocks = [...guide.matchAll(/```(json[^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ info: m[1]!.trim(), text: m[2]! }));

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
};

/** Chrome's schema subset, checked the way Chrome does (wrong types / unknown keys are errors here). */
function validate(value: unknown, s: Schema, at: string): string[] {
  const t = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'object'
        : typeof value;
  if (s.type === 'integer' ? !Number.isInteger(value) : s.type !== t) return [`${at}: expected ${s.type}`];
  if (s.enum && !s.enum.includes(value)) return [`${at}: not in enum`];
  if (s.pattern && !new RegExp(s.pattern).test(value as string)) return [`${at}: pattern`];
  if (t === 'array') return (value as unknown[]).flatMap((v, i) => validate(v, s.items!, `${at}[${i}]`));
  if (t === 'object')
    return Object.entries(value as object).flatMap(([k, v]) =>
      s.properties?.[k] ? validate(v, s.properties[k], `${at}.${k}`) : [`${at}.${k}: unknown key`],
    );
  return [];
}

/** The TheraCode policy inside an example: Chrome file form, Firefox policies.json form, or bare. */
interface Example {
  '3rdparty'?: { extensions?: Record<string, unknown> };
  policies?: { '3rdparty'?: { Extensions?: Record<string, unknown> } };
}

function theracodePolicy(json: Example): unknown {
  return json['3rdparty']?.extensions?.[EXTENSION_ID] ?? json.policies?.['3rdparty']?.Extensions?.[FIREFOX_ID];
}

test('the guide has policy examples', () => {
  expect(blocks.filter((b) => b.info === 'json').length).toBeGreaterThanOrEqual(2);
});

test.each(blocks.filter((b) => b.info === 'json').map((b, i) => [i, b.text]))(
  'policy example %i is valid against the generated schema and our own validation',
  (_i, text) => {
    const policy = theracodePolicy(JSON.parse(text));
    expect(policy, 'example names TheraCode by its id').toBeDefined();
    expect(validate(policy, managedSchema() as Schema, '$')).toEqual([]);
    expect(parsePolicy(policy).warnings).toEqual([]);
  },
);

test.each(blocks.filter((b) => b.info === 'json browser-policy').map((b, i) => [i, b.text]))(
  'browser-policy example %i is JSON and names the extension id',
  (_i, text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toContain(EXTENSION_ID);
  },
);

test('the checker itself rejects what Chrome would drop', () => {
  const schema = managedSchema() as Schema;
  expect(validate({ orgName: 42 }, schema, '$')).toEqual(['$.orgName: expected string']);
  expect(validate({ clinicId: 'x' }, schema, '$')).toEqual(['$.clinicId: unknown key']);
  expect(validate({ siteAllowList: ['https://x'] }, schema, '$')).toEqual(['$.siteAllowList[0]: pattern']);
});

test('every Chrome-style id in the guide is the real one', () => {
  const ids = new Set(guide.match(/\b[a-p]{32}\b/g));
  expect([...ids]).toEqual([EXTENSION_ID]);
});
