import { expect, test } from 'vitest';
import type { Sites } from '../../../lib/contracts/settings';
import { toggleSite } from '../../../lib/settings/site-toggle';
import { parseHostLines, parsePercent, parseVocabulary } from '../../../lib/ui/options/text-fields';
import { exportSettings, importSettings } from '../../../lib/ui/options/transfer';

const all: Sites = { mode: 'all', allow: [], deny: [] };
test.each([
  ['off adds the host to deny', all, 'ehr.example', false, { ...all, deny: ['ehr.example'] }],
  [
    'off twice does not duplicate',
    { ...all, deny: ['ehr.example'] },
    'EHR.example',
    false,
    { ...all, deny: ['ehr.example'] },
  ],
  [
    'on removes matching deny entries',
    { ...all, deny: ['*.example', 'x.test'] },
    'ehr.example',
    true,
    { ...all, deny: ['x.test'] },
  ],
  [
    'on in allow-list mode adds to allow',
    { mode: 'allowList', allow: [], deny: [] },
    'ehr.example',
    true,
    { mode: 'allowList', allow: ['ehr.example'], deny: [] },
  ],
] as const)('toggleSite: %s', (_what, sites, host, on, expected) => {
  expect(toggleSite(sites as Sites, host, on)).toEqual(expected);
});

test.each([
  ['ehr.example\n*.clinic.example', ['ehr.example', '*.clinic.example'], 0],
  ['https://EHR.example/login?x=1', ['ehr.example'], 0],
  ['ehr example', [], 1],
  ['', [], 0],
])('parseHostLines(%j)', (text, value, errorCount) => {
  const r = parseHostLines(text);
  expect(r.value).toEqual(value);
  expect(r.errors).toHaveLength(errorCount);
  if (errorCount) expect(r.errors[0]).toMatch(/is not a site name/);
});

test('parseVocabulary explains the expected form', () => {
  expect(parseVocabulary('ladder drill = 97112').value).toEqual([{ term: 'ladder drill', code: '97112' }]);
  expect(parseVocabulary('ladder drill 97112').errors[0]).toMatch(/should look like/);
  expect(parseVocabulary('x = 99999').errors).toHaveLength(1);
});

test('export then import round-trips; invalid imports change nothing and say why', () => {
  const user = { unitRule: 'ama' as const, ignoreTerms: ['tolerated well'] };
  expect(importSettings(exportSettings(user))).toEqual({ ok: true, settings: user });
  expect(importSettings('{not json')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
  const bad = importSettings(JSON.stringify({ format: 'theracode-settings', version: 2, settings: { unitRule: 'x' } }));
  expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('"unitRule"') });
  const extra = importSettings(
    JSON.stringify({ format: 'theracode-settings', version: 2, settings: { orgName: 'x' } }),
  );
  expect(extra.ok).toBe(false); // policy-only keys cannot be smuggled in by import
});

test.each([
  ['60', 60],
  [' 75 % ', 75],
  ['0', 0],
  ['100', 100],
])('parsePercent(%j) = %j', (text, value) => {
  expect(parsePercent(text)).toEqual({ value, errors: [] });
});

test.each(['0.6', '101', '-5', 'sixty', '', '6 0'])('parsePercent(%j) says what to write instead', (text) => {
  expect(parsePercent(text).errors).toEqual([
    `"${text}" is not a percentage. Enter a whole number from 0 to 100, like 60.`,
  ]);
});

test('an export of version 2 (uncertainBelow as a fraction) imports as the same percentage', () => {
  const v2 = JSON.stringify({
    format: 'theracode-settings',
    version: 2,
    settings: { uncertainBelow: 0.7, theme: 'dark' },
  });
  expect(importSettings(v2)).toEqual({ ok: true, settings: { uncertainBelow: 70, theme: 'dark' } });
  expect(JSON.parse(exportSettings({ uncertainBelow: 70 }))).toEqual({
    format: 'theracode-settings',
    version: 3,
    settings: { uncertainBelow: 70 },
  });
});
