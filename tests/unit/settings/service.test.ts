import { expect, test, vi } from 'vitest';
import type { Policy } from '../../../lib/contracts/settings';
import { createSettingsService, UNREADABLE_POLICY_WARNING } from '../../../lib/settings/service';

function deps(over: { managed?: () => Promise<unknown>; last?: Policy | null; user?: unknown }) {
  let last = over.last ?? null;
  return {
    readUser: async () => over.user ?? {},
    readManaged: over.managed ?? (async () => ({})),
    loadLastPolicy: async () => last,
    saveLastPolicy: vi.fn(async (p: Policy) => {
      last = p;
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
