import { expect, test, vi } from 'vitest';
import type { Policy } from '../../../lib/contracts/settings';
import { createSettingsService, UNREADABLE_POLICY_WARNING } from '../../../lib/settings/service';

function deps(over: { managed?: () => Promise<unknown>; last?: Policy | null; user?: unknown; reset?: string[] }) {
  let last = over.last ?? null;
  const stored: { user: unknown; reset: string[] } = { user: over.user ?? {}, reset: over.reset ?? [] };
  return {
    stored,
    readUser: async () => stored.user,
    writeUser: vi.fn(async (u: unknown) => {
      stored.user = u;
    }),
    readManaged: over.managed ?? (async () => ({})),
    loadLastPolicy: async () => last,
    saveLastPolicy: vi.fn(async (p: Policy) => {
      last = p;
    }),
    loadResetKeys: async () => stored.reset,
    saveResetKeys: vi.fn(async (k: string[]) => {
      stored.reset = k;
    }),
    broadcast: vi.fn(async () => undefined),
  };
}

test('policy read at start wins and is remembered (validated values only)', async () => {
  const d = deps({ managed: async () => ({ unitRule: 'ama', bogus: 1 }), user: { unitRule: 'both' } });
  const s = createSettingsService(d);
  expect((await s.effective()).values.unitRule).toBe('ama');
  expect(d.saveLastPolicy).toHaveBeenCalledWith({ unitRule: 'ama' });
});

test('fails closed: an unreadable managed area keeps the last applied policy', async () => {
  const d = deps({
    managed: async () => {
      throw new Error('managed storage unavailable');
    },
    last: { siteAllowList: ['ehr.example'], disableCopy: true },
  });
  const e = await createSettingsService(d).effective();
  expect(e.values.siteAllowList).toEqual(['ehr.example']);
  expect(e.values.disableCopy).toBe(true);
  expect(e.lockedKeys).toEqual(['siteAllowList', 'disableCopy']);
  expect(e.policyWarnings).toContain(UNREADABLE_POLICY_WARNING);
});

test('a later failed read after a good one does not drop the policy', async () => {
  let fail = false;
  const d = deps({
    managed: async () => {
      if (fail) throw new Error('x');
      return { orgName: 'Clinic' };
    },
  });
  const s = createSettingsService(d);
  expect((await s.effective()).values.orgName).toBe('Clinic');
  fail = true;
  await s.policyChanged();
  expect((await s.effective()).values.orgName).toBe('Clinic');
  expect(d.broadcast).toHaveBeenCalledTimes(2); // after the first read, and after the change
});

test('a policy removed by the admin (empty managed area) is lifted', async () => {
  let policy: unknown = { autoOpen: false };
  const s = createSettingsService(deps({ managed: async () => policy }));
  expect((await s.effective()).values.autoOpen).toBe(false);
  policy = {};
  await s.policyChanged();
  expect((await s.effective()).lockedKeys).toEqual([]);
});

test('engine options follow effective settings; corrupt user values fall back to defaults', async () => {
  const s = createSettingsService(
    deps({ user: { enabledCodes: 'all', ignoreTerms: ['pt'] }, managed: async () => ({ enabledCodes: ['97110'] }) }),
  );
  await s.ready; // analyses use the remembered policy until the first read has landed
  expect(await s.engine()).toEqual({ enabledCodes: ['97110'], vocabulary: [], ignoreTerms: ['pt'] });
});

test('content scripts are answered from the remembered policy before the first managed read lands', async () => {
  let release: (v: unknown) => void = () => undefined;
  const d = deps({ managed: () => new Promise((r) => (release = r)), last: { disableCopy: true } });
  const s = createSettingsService(d);
  const early = await s.effective(false);
  expect(early.values.disableCopy).toBe(true);
  const waiting = s.effective(true);
  release({ orgName: 'Clinic' });
  expect((await waiting).values).toMatchObject({ orgName: 'Clinic', disableCopy: false });
  expect(d.broadcast).toHaveBeenCalledTimes(1);
});

test('corrupt stored keys are repaired, written back, and reported until the notice is dismissed', async () => {
  const d = deps({ user: { unitRule: 'fast', theme: 'dark', sites: 'everywhere' } });
  const s = createSettingsService(d);
  const e = await s.effective();
  expect(e.values).toMatchObject({ unitRule: 'cms', theme: 'dark' });
  expect(e.resetKeys).toEqual(['unitRule', 'sites']);
  expect(d.stored.user).toEqual({ theme: 'dark' }); // the repaired value replaced the corrupt one
  expect(d.stored.reset).toEqual(['unitRule', 'sites']); // remembered across worker restarts

  // the write-back is read again (storage change): clean now, the reset keys stay
  await s.userChanged();
  expect((await s.effective()).resetKeys).toEqual(['unitRule', 'sites']);
  expect(d.writeUser).toHaveBeenCalledTimes(1);

  await s.dismissRepairNotice();
  expect((await s.effective()).resetKeys).toEqual([]);
  expect(d.stored.reset).toEqual([]);
});

test('a worker restart still reports keys reset before it', async () => {
  const e = await createSettingsService(deps({ reset: ['theme'] })).effective();
  expect(e.resetKeys).toEqual(['theme']);
});

test('setUser merges a patch over the stored choices, or replaces them', async () => {
  const d = deps({ user: { theme: 'dark', autoOpen: false } });
  const s = createSettingsService(d);
  await s.setUser({ unitRule: 'ama' }, false);
  expect(d.stored.user).toEqual({ theme: 'dark', autoOpen: false, unitRule: 'ama' });
  expect((await s.effective()).values.unitRule).toBe('ama'); // visible before the storage event lands
  await s.setUser({ sidebarSide: 'left' }, true);
  expect(d.stored.user).toEqual({ sidebarSide: 'left' });
  expect((await s.effective()).values.theme).toBe('system');
});

test('setUser with reset keys forgets those choices: the default applies again, the policy still wins', async () => {
  const d = deps({
    user: { theme: 'dark', autoOpen: false, unitRule: 'ama' },
    managed: async () => ({ unitRule: 'both' }),
  });
  const s = createSettingsService(d);
  await s.setUser({}, false, ['theme']);
  expect(d.stored.user).toEqual({ autoOpen: false, unitRule: 'ama' });
  expect((await s.effective()).values.theme).toBe('system');
  await s.setUser({}, false, ['autoOpen']);
  const e = await s.effective();
  expect(e.values.autoOpen).toBe(true);
  expect(e.values.unitRule).toBe('both'); // locked: the user's own value is kept, the policy's is in force
  expect(d.stored.user).toEqual({ unitRule: 'ama' });
});

test.each([
  ['PT', { discipline: 'PT' }],
  ['OT', { discipline: 'OT' }],
  ['detect', {}],
] as const)('discipline %s reaches the engine as %j', async (discipline, expected) => {
  const s = createSettingsService(deps({ user: { discipline } }));
  await s.ready;
  const opts = await s.engine();
  expect(opts).toEqual({ enabledCodes: expect.any(Array), vocabulary: [], ignoreTerms: [], ...expected });
  if (discipline === 'detect') expect('discipline' in opts).toBe(false);
});

test('a page asking right after a storage change sees the repair, not the old value', async () => {
  const d = deps({ user: { theme: 'dark' } });
  const s = createSettingsService(d);
  await s.effective();
  d.stored.user = { theme: 'neon' };
  const changed = s.userChanged(); // the storage event; not awaited, as a page's request can arrive first
  const e = await s.effective();
  expect(e.values.theme).toBe('system');
  expect(e.resetKeys).toEqual(['theme']);
  await changed;
});
