import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { mergeSettings } from '../../../lib/settings/merge';
import { isSiteAllowed } from '../../../lib/settings/site-gate';

describe('mergeSettings: defaults ← user ← policy', () => {
  test.each([
    // [what, user, policy, key, expected value, locked]
    ['default when nobody sets it', {}, {}, 'unitRule', 'cms', false],
    ['user choice over default', { unitRule: 'ama' }, {}, 'unitRule', 'ama', false],
    ['policy over user choice', { unitRule: 'ama' }, { unitRule: 'both' }, 'unitRule', 'both', true],
    ['policy over default', {}, { autoOpen: false }, 'autoOpen', false, true],
    ['invalid policy value keeps user choice', { theme: 'dark' }, { theme: 'purple' }, 'theme', 'dark', false],
    ['invalid policy number keeps default', {}, { uncertainBelow: 200 }, 'uncertainBelow', 60, false],
    ['registry-style string boolean is not coerced', {}, { autoOpen: 'false' }, 'autoOpen', true, false],
    ['policy-only orgName', {}, { orgName: 'Riverside PT' }, 'orgName', 'Riverside PT', true],
    ['no orgName without policy', {}, {}, 'orgName', null, false],
    ['disableCopy from policy', {}, { disableCopy: true }, 'disableCopy', true, true],
    ['ruleByPayer stored', {}, { ruleByPayer: { medicare: 'cms' } }, 'ruleByPayer', { medicare: 'cms' }, true],
    ['enabledCodes deduplicated', { enabledCodes: ['97110', '97110'] }, {}, 'enabledCodes', ['97110'], false],
  ] as const)('%s', (_what, user, policy, key, expected, locked) => {
    const r = mergeSettings(DEFAULT_SETTINGS, user as never, policy);
    expect((r.values as Record<string, unknown>)[key]).toEqual(expected);
    expect(r.lockedKeys.includes(key as never)).toBe(locked);
  });

  test.each([
    [0.7, 70, true],
    [0.05, 5, true],
    [70, 70, false],
    [1, 1, false], // 1 is a valid percentage; as an old fraction it would have marked every code
    [0, 0, false],
  ])('policy uncertainBelow %j is in force as %j percent (old fraction form noted: %j)', (raw, pct, noted) => {
    const r = mergeSettings(DEFAULT_SETTINGS, {}, { uncertainBelow: raw });
    expect(r.values.uncertainBelow).toBe(pct);
    expect(r.lockedKeys).toEqual(['uncertainBelow']);
    expect(r.policyWarnings).toEqual(
      noted
        ? [
            'Policy "uncertainBelow" is written as a fraction (0–1, the old form) and was read as a percentage; write it as a percentage from 0 to 100 (e.g. 70).',
          ]
        : [],
    );
    if (noted) expect(r.policyWarnings.join(' ')).not.toContain(String(raw)); // never the value itself
  });

  test.each([
    ['wrong type', { unitRule: 5 }, 'Policy "unitRule" was ignored'],
    ['bad host pattern', { siteAllowList: ['https://ehr.example/path'] }, 'Policy "siteAllowList" was ignored'],
    ['unknown key', { clinicId: 'c-42' }, 'Unknown policy key "clinicId" was ignored.'],
    ['not an object', ['a'], 'not an object'],
    ['code outside the seven', { enabledCodes: ['97999'] }, 'Policy "enabledCodes" was ignored'],
  ])('warns about %s without echoing the value', (_what, policy, warning) => {
    const r = mergeSettings(DEFAULT_SETTINGS, {}, policy);
    expect(r.policyWarnings.join('\n')).toContain(warning);
    expect(r.lockedKeys).toEqual([]);
    for (const v of Object.values(Array.isArray(policy) ? {} : policy).flat()) {
      expect(r.policyWarnings.join('\n')).not.toContain(String(v));
    }
  });

  test('valid keys stay in force beside invalid and unknown ones', () => {
    const r = mergeSettings(DEFAULT_SETTINGS, {}, { orgName: 'Clinic', autoOpen: 'yes', bogus: 1 });
    expect(r.values.orgName).toBe('Clinic');
    expect(r.values.autoOpen).toBe(true);
    expect(r.lockedKeys).toEqual(['orgName']);
    expect(r.policyWarnings).toHaveLength(2);
  });

  test('an unknown key with odd characters is sanitised and cut', () => {
    const r = mergeSettings(DEFAULT_SETTINGS, {}, { [`<b>${'x'.repeat(100)}`]: 1 });
    expect(r.policyWarnings[0]).toMatch(/^Unknown policy key "\?b\?x+" was ignored\.$/);
    expect(r.policyWarnings[0]!.length).toBeLessThan(80);
  });

  test.each([
    // [user sites, policy allow list, host, allowed]
    [{ mode: 'all', allow: [], deny: [] }, ['localhost'], 'localhost', true],
    [{ mode: 'all', allow: [], deny: [] }, ['localhost'], '127.0.0.1', false],
    [{ mode: 'all', allow: [], deny: ['localhost'] }, ['localhost'], 'localhost', false],
    [{ mode: 'allowList', allow: ['ehr.a.example'], deny: [] }, ['*.a.example'], 'ehr.a.example', true],
    [{ mode: 'allowList', allow: ['*.b.example'], deny: [] }, ['*.a.example'], 'x.b.example', false],
  ] as const)('siteAllowList narrows: user %j, policy %j, %s → %s', (sites, allowList, host, allowed) => {
    const r = mergeSettings(DEFAULT_SETTINGS, { sites: sites as never }, { siteAllowList: allowList });
    expect(isSiteAllowed(r.values, host)).toBe(allowed);
    expect(r.lockedKeys).toEqual(['siteAllowList']);
  });

  test('does not mutate its inputs', () => {
    const user = { enabledCodes: ['97110' as const] };
    const policy = { enabledCodes: ['97112'] };
    mergeSettings(DEFAULT_SETTINGS, user, policy);
    expect(user.enabledCodes).toEqual(['97110']);
    expect(DEFAULT_SETTINGS.enabledCodes).toHaveLength(7);
  });
});
