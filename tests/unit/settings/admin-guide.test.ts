import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { EXTENSION_ID, FIREFOX_ID } from '../../../lib/settings/extension-id';
import { managedSchema } from '../../../lib/settings/managed-schema';
import { parsePolicy } from '../../../lib/settings/policy';
import { convertRegistry, parsePlist, parseReg } from './policy-formats';

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

const POLICY_KEY = `HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`;
const fenced = (info: string) =>
  [...guide.matchAll(new RegExp(`\`\`\`${info}\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);

/** Valid for Chrome's schema and for TheraCode's own parse, with every key the example sets kept. */
function expectValidPolicy(policy: Record<string, unknown>, raw: Record<string, unknown>) {
  expect(Object.keys(policy).sort(), 'no key dropped in conversion').toEqual(Object.keys(raw).sort());
  expect(validate(policy, managedSchema() as Schema, '$')).toEqual([]);
  const parsed = parsePolicy(policy);
  expect(parsed.warnings).toEqual([]);
  expect(Object.keys(parsed.policy).sort()).toEqual(Object.keys(raw).sort());
}

test('the Windows .reg example converts (as Chrome does) to a valid policy', () => {
  const blocks = fenced('reg policy');
  expect(blocks).toHaveLength(1);
  const raw = parseReg(blocks[0]!, POLICY_KEY);
  const policy = convertRegistry(raw, managedSchema() as Schema) as Record<string, unknown>;
  expectValidPolicy(policy, raw);
  expect(policy).toMatchObject({
    disableCopy: false,
    autoOpen: true,
    uncertainBelow: 70,
    siteAllowList: ['ehr.riverside.example', '*.emr-vendor.example'],
    ruleByPayer: { medicare: 'cms', commercial: 'ama' },
    vocabulary: [{ term: 'ladder drill', code: '97112' }],
  });
});

test('the macOS .mobileconfig is a plist whose TheraCode payload is a valid policy and whose Chrome payload installs it', () => {
  const blocks = fenced('xml mobileconfig');
  expect(blocks).toHaveLength(1);
  const profile = parsePlist(blocks[0]!) as { PayloadType: string; PayloadContent: Record<string, unknown>[] };
  expect(profile.PayloadType).toBe('Configuration');
  const ours = profile.PayloadContent.find((p) => p.PayloadType === `com.google.Chrome.extensions.${EXTENSION_ID}`);
  expect(ours, 'a payload for the extension domain').toBeDefined();
  const policy = Object.fromEntries(Object.entries(ours!).filter(([k]) => !k.startsWith('Payload')));
  expectValidPolicy(policy, policy);
  expect(policy).toMatchObject({ uncertainBelow: 70, disableCopy: false, ruleByPayer: { commercial: 'ama' } });
  const chrome = profile.PayloadContent.find((p) => p.PayloadType === 'com.google.Chrome');
  expect(chrome?.ExtensionInstallForcelist).toEqual([expect.stringMatching(new RegExp(`^${EXTENSION_ID};https://`))]);
  const uuids = [profile, ...profile.PayloadContent].map((p) => (p as { PayloadUUID?: string }).PayloadUUID);
  expect(new Set(uuids).size, 'every payload has its own UUID').toBe(3);
});

test('the format readers catch what would break a deployment', () => {
  const schema = managedSchema() as Schema;
  // a boolean written as text is not a DWORD; Chrome cannot convert "yes"
  expect(convertRegistry({ disableCopy: 'yes', bogus: '1' }, schema)).toEqual({});
  expect(convertRegistry({ siteAllowList: { 2: 'b.example', 1: 'a.example', x: 'c' } }, schema)).toEqual({
    siteAllowList: ['a.example', 'b.example'],
  });
  expect(() => parseReg('REGEDIT4\n', POLICY_KEY)).toThrow(/header/);
  expect(() => parseReg(`Windows Registry Editor Version 5.00\n[${POLICY_KEY}]\n"a"=dword:1\n`, POLICY_KEY)).toThrow(
    /cannot read/,
  );
  expect(parsePlist('<plist><dict><key>a</key><array><integer>1</integer><true/></array></dict></plist>')).toEqual({
    a: [1, true],
  });
  expect(() => parsePlist('<plist><dict><string>x</string></dict></plist>')).toThrow(/without <key>/);
});

test('the guide explains the payer selector (no "comes later")', () => {
  expect(guide).not.toMatch(/comes later/i);
  expect(guide).toContain('Set by your organization for Commercial');
  expect(guide).toMatch(/Payer\*\* selector/);
});
