import { expect, test } from 'vitest';
import { createStore, initialSidebarState } from '../../../lib/overlay/store';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { mergeSettings } from '../../../lib/settings/merge';
import { sidebarPrefs, withPayer } from '../../../lib/settings/prefs';
import { bindSitePayer } from '../../../lib/settings/site-payer';

function fakeStorage(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  const writes: [string, unknown][] = [];
  return {
    data,
    writes,
    get: async (k: string) => data[k],
    set: async (k: string, v: unknown) => {
      writes.push([k, v]);
      data[k] = v;
    },
  };
}

function storeWithPolicy() {
  const { values, lockedKeys } = mergeSettings(DEFAULT_SETTINGS, {}, { ruleByPayer: { commercial: 'ama' } });
  return createStore({ ...initialSidebarState, prefs: sidebarPrefs(values, lockedKeys) });
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test('the stored payer for this site is loaded and forces its rule, without being written back', async () => {
  const storage = fakeStorage({ 'sidebarPayer:ehr.example': 'commercial', 'sidebarPayer:other.example': 'medicare' });
  const store = storeWithPolicy();
  bindSitePayer(store, storage, 'ehr.example');
  await tick();
  expect(store.get().prefs).toMatchObject({ payer: 'commercial', rule: 'ama' });
  expect(storage.writes).toEqual([]);
});

test('a pick is saved under the site key; a junk stored value counts as not set', async () => {
  const storage = fakeStorage({ 'sidebarPayer:ehr.example': '<script>' });
  const store = storeWithPolicy();
  const stop = bindSitePayer(store, storage, 'ehr.example');
  await tick();
  expect(store.get().prefs.payer).toBeNull();
  store.set({ prefs: withPayer(store.get().prefs, 'medicare') });
  store.set({ prefs: withPayer(store.get().prefs, null) });
  expect(storage.writes).toEqual([
    ['sidebarPayer:ehr.example', 'medicare'],
    ['sidebarPayer:ehr.example', null],
  ]);
  stop();
  store.set({ prefs: withPayer(store.get().prefs, 'selfPay') });
  expect(storage.writes).toHaveLength(2); // unbound: nothing more written
});

test('a pick made before the stored value arrives is not overwritten by it', async () => {
  const storage = fakeStorage({ 'sidebarPayer:ehr.example': 'medicare' });
  const store = storeWithPolicy();
  bindSitePayer(store, storage, 'ehr.example');
  store.set({ prefs: withPayer(store.get().prefs, 'commercial') });
  await tick();
  expect(store.get().prefs.payer).toBe('commercial');
});
