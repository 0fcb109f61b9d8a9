import { expect, test } from 'vitest';
import type { PayerClass, RuleByPayer, UnitRule } from '../../../lib/contracts/settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { mergeSettings } from '../../../lib/settings/merge';
import { hasPayerRules, lockText, parsePayer, payerKey, resolveUnitRule } from '../../../lib/settings/payer';
import { sidebarPrefs, withPayer } from '../../../lib/settings/prefs';

const byPayer: RuleByPayer = { medicare: 'cms', commercial: 'ama' };

test.each([
  // [what, unitRule, locked, ruleByPayer, payer, rule in force, lock text]
  ['no payer: the settings rule, unlocked', 'both', false, byPayer, null, 'both', null],
  [
    'payer with a rule forces it',
    'both',
    false,
    byPayer,
    'commercial',
    'ama',
    'Set by your organization for Commercial',
  ],
  ['Medicare → CMS', 'ama', false, byPayer, 'medicare', 'cms', 'Set by your organization for Medicare'],
  ['payer without a rule: the settings rule', 'ama', false, byPayer, 'selfPay', 'ama', null],
  ['policy unitRule locks without a payer', 'ama', true, {}, null, 'ama', 'Set by your organization'],
  [
    'payer rule beats a locked unitRule',
    'ama',
    true,
    byPayer,
    'medicare',
    'cms',
    'Set by your organization for Medicare',
  ],
  [
    'locked unitRule when the payer has no rule',
    'cms',
    true,
    byPayer,
    'workersComp',
    'cms',
    'Set by your organization',
  ],
  ['no policy at all', 'cms', false, {}, 'medicare', 'cms', null],
] as const)('%s', (_what, unitRule, unitRuleLocked, ruleByPayer, payer, rule, text) => {
  const r = resolveUnitRule(
    { unitRule: unitRule as UnitRule, unitRuleLocked, ruleByPayer },
    payer as PayerClass | null,
  );
  expect(r.rule).toBe(rule);
  expect(lockText(r.lock)).toBe(text);
});

test('sidebar prefs carry the forced rule for the site payer; withPayer re-resolves it', () => {
  const merged = mergeSettings(DEFAULT_SETTINGS, { unitRule: 'both' }, { ruleByPayer: { commercial: 'ama' } });
  const prefs = sidebarPrefs(merged.values, merged.lockedKeys);
  expect(prefs.rule).toBe('both');
  expect(withPayer(prefs, 'commercial')).toMatchObject({ payer: 'commercial', rule: 'ama' });
  expect(withPayer(withPayer(prefs, 'commercial'), null).rule).toBe('both');
  const locked = mergeSettings(DEFAULT_SETTINGS, {}, { unitRule: 'ama' });
  expect(sidebarPrefs(locked.values, locked.lockedKeys).ruleInputs.unitRuleLocked).toBe(true);
});

test.each([
  [{}, false],
  [{ medicare: undefined }, false],
  [{ selfPay: 'cms' }, true],
] as const)('hasPayerRules(%j) → %s', (rules, expected) => {
  expect(hasPayerRules(rules as RuleByPayer)).toBe(expected);
});

test.each([
  ['medicare', 'medicare'],
  ['workersComp', 'workersComp'],
  ['Medicare', null],
  [42, null],
  [null, null],
  [undefined, null],
])('parsePayer(%j) → %j', (raw, expected) => {
  expect(parsePayer(raw)).toBe(expected);
});

test('the storage key names the host only', () => {
  expect(payerKey('ehr.clinic.example')).toBe('sidebarPayer:ehr.clinic.example');
  expect(payerKey('')).toBe('sidebarPayer:local');
});
