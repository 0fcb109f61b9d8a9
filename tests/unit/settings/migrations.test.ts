import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateV1toV2, migrateV2toV3 } from '../../../lib/settings/migrations';
import { repairUserSettings } from '../../../lib/settings/repair';

beforeEach(() => fakeBrowser.reset());

test.each([
  [{ rule: 'ama' }, { unitRule: 'ama' }],
  [
    { rule: 'ama', sidebarPosition: 'left', theme: 'dark' },
    { unitRule: 'ama', sidebarSide: 'left', theme: 'dark' },
  ],
  [{ siteDenyList: ['mail.example'] }, { sites: { mode: 'all', allow: [], deny: ['mail.example'] } }],
  [{ rule: 'ama', unitRule: 'both' }, { unitRule: 'both' }],
  [{}, {}],
  ['garbage', 'garbage'],
  [null, null],
])('v1 %j → v2 %j', (v1, v2) => {
  expect(migrateV1toV2(v1)).toEqual(v2);
});

test.each([
  [
    { uncertainBelow: 0.6, theme: 'dark' },
    { uncertainBelow: 60, theme: 'dark' },
  ],
  [{ uncertainBelow: 0.07 }, { uncertainBelow: 7 }], // not 7.000000000000001
  [{ uncertainBelow: 0.655 }, { uncertainBelow: 65.5 }],
  [{ uncertainBelow: 1 }, { uncertainBelow: 100 }], // v2 was 0–1: 1 meant every code
  [{ uncertainBelow: 0 }, { uncertainBelow: 0 }],
  [{ uncertainBelow: 40 }, { uncertainBelow: 40 }], // invalid in v2; left for the repair to judge
  [{ uncertainBelow: '0.6' }, { uncertainBelow: '0.6' }],
  [{ unitRule: 'ama' }, { unitRule: 'ama' }],
  ['garbage', 'garbage'],
])('v2 %j → v3 %j (uncertainBelow becomes the percentage the Settings page shows)', (v2, v3) => {
  expect(migrateV2toV3(v2)).toEqual(v3);
});

test('a stored v2 fraction is read as its percentage', async () => {
  await fakeBrowser.storage.local.set({ settings: { uncertainBelow: 0.75 }, settings$: { v: 2 } });
  vi.resetModules();
  const { userSettingsItem } = await import('../../../lib/settings/storage');
  expect(await userSettingsItem.getValue()).toEqual({ uncertainBelow: 75 });
  expect(repairUserSettings(await userSettingsItem.getValue())).toEqual({ user: { uncertainBelow: 75 }, reset: [] });
});

test('the storage item migrates a stored v1 value on first use', async () => {
  await fakeBrowser.storage.local.set({ settings: { rule: 'ama', sidebarPosition: 'left' } });
  vi.resetModules(); // defineItem runs the migration when the module is first evaluated
  const { userSettingsItem } = await import('../../../lib/settings/storage');
  expect(await userSettingsItem.getValue()).toEqual({ unitRule: 'ama', sidebarSide: 'left' });
  expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 3 });
});

test.each([
  ['valid keys survive', { unitRule: 'ama', autoOpen: false }, { unitRule: 'ama', autoOpen: false }, []],
  ['invalid key reset', { unitRule: 'fast', autoOpen: false }, { autoOpen: false }, ['unitRule']],
  ['out of range number reset', { uncertainBelow: -1 }, {}, ['uncertainBelow']],
  ['over 100 % reset', { uncertainBelow: 101 }, {}, ['uncertainBelow']],
  ['unknown leftovers dropped silently', { oldThing: 1, theme: 'dark' }, { theme: 'dark' }, []],
  ['bad host in sites resets sites', { sites: { mode: 'all', allow: [], deny: ['http://x'] } }, {}, ['sites']],
  ['not an object at all', 'oops', {}, ['all']],
  ['nothing stored', undefined, {}, []],
])('repair: %s', (_what, raw, user, reset) => {
  expect(repairUserSettings(raw)).toEqual({ user, reset });
});
