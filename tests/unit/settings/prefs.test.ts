import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { mergeSettings } from '../../../lib/settings/merge';
import { pageHostname } from '../../../lib/settings/page';
import { engineOptions, sidebarPrefs } from '../../../lib/settings/prefs';

test('sidebar prefs and engine options come from effective settings (policy included)', () => {
  const { values } = mergeSettings(
    DEFAULT_SETTINGS,
    { sidebarSide: 'left', vocabulary: [{ term: 'ladder drill', code: '97112' }] },
    { orgName: 'Riverside Rehab', disableCopy: true, unitRule: 'both', enabledCodes: ['97112'] },
  );
  expect(sidebarPrefs(values)).toEqual({
    rule: 'both',
    ruleInputs: { unitRule: 'both', unitRuleLocked: false, ruleByPayer: {} },
    payer: null,
    side: 'left',
    sideLocked: false,
    theme: 'system',
    orgName: 'Riverside Rehab',
    copyDisabled: true,
    autoOpen: true,
    uncertainBelow: 60,
  });
  expect(engineOptions(values)).toEqual({
    enabledCodes: ['97112'],
    vocabulary: [{ term: 'ladder drill', code: '97112' }],
    ignoreTerms: [],
  });
});

test.each([
  ['ehr.example', 'https://ehr.example', 'ehr.example'],
  ['', 'https://parent.example', 'parent.example'], // about:blank / srcdoc frame inherits its creator's origin
  ['', 'null', ''], // sandboxed frame: no host, so the gate keeps it dormant
])('pageHostname(%j, %j) → %j', (hostname, origin, expected) => {
  expect(pageHostname({ hostname }, origin)).toBe(expected);
});

test('a side set by policy is locked: the per-site move control does not apply', () => {
  const { values, lockedKeys } = mergeSettings(DEFAULT_SETTINGS, { sidebarSide: 'right' }, { sidebarSide: 'left' });
  expect(sidebarPrefs(values, lockedKeys)).toMatchObject({ side: 'left', sideLocked: true });
  const free = mergeSettings(DEFAULT_SETTINGS, { sidebarSide: 'left' }, {});
  expect(sidebarPrefs(free.values, free.lockedKeys)).toMatchObject({ side: 'left', sideLocked: false });
});
