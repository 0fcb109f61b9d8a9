import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateV1toV2 } from '../../../lib/settings/migrations';
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

test('the storage item migrates a stored v1 value on first use', async () => {
  await fakeBrowser.storage.local.set({ settings: { rule: 'ama', sidebarPosition: 'left' } });
  vi.resetModules(); // defineItem runs the migration when the module is first evaluated
  const { userSettingsItem } = await import('../../../lib/settings/storage');
  expect(await userSettingsItem.getValue()).toEqual({ unitRule: 'ama', sidebarSide: 'left' });
  expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
});

test.each([
  ['valid keys survive', { unitRule: 'ama', autoOpen: false }, { unitRule: 'ama', autoOpen: false }, []],
  ['invalid key reset', { unitRule: 'fast', autoOpen: false }, { autoOpen: false }, ['unitRule']],
  ['out of range number reset', { uncertainBelow: -1 }, {}, ['uncertainBelow']],
  ['unknown leftovers dropped silently', { oldThing: 1, theme: 'dark' }, { theme: 'dark' }, []],
  ['bad host in sites resets sites', { sites: { mode: 'all', allow: [], deny: ['http://x'] } }, {}, ['sites']],
  ['not an object at all', 'oops', {}, ['all']],
  ['nothing stored', undefined, {}, []],
])('repair: %s', (_what, raw, user, reset) => {
  expect(repairUserSettings(raw)).toEqual({ user, reset });
});
