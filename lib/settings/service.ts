/**
 * The background's view of settings: user choices from storage, managed policy read at start and
 * on every managed-area change (Bitwarden-style). Fails closed: when the managed area cannot be
 * read, the last applied policy stays in force (remembered across worker restarts), so a broken
 * read never silently widens what an admin restricted. Policy values are never logged. The user's
 * choices are written only here (extension pages ask by message), and corrupt stored keys are
 * repaired here, remembering which keys were reset so every UI can say so.
 */
import type { EffectiveSettings, Policy, SettingKey, Settings } from '../contracts/settings';
import type { EngineOptions } from '../engine/options';
import { DEFAULT_SETTINGS } from './defaults';
import { mergeSettings } from './merge';
import { parsePolicy } from './policy';
import { engineOptions } from './prefs';
import { repairUserSettings } from './repair';

export interface SettingsServiceDeps {
  readUser: () => Promise<unknown>;
  /** Store the user's choices (the repaired value, or a save from an extension page). */
  writeUser: (user: Partial<Settings>) => Promise<void>;
  /** Reads chrome.storage.managed; throws when the area is unavailable. */
  readManaged: () => Promise<unknown>;
  loadLastPolicy: () => Promise<Policy | null>;
  saveLastPolicy: (policy: Policy) => Promise<void>;
  /** Keys reset by a repair, kept until the notice is dismissed (key names only). */
  loadResetKeys: () => Promise<string[]>;
  saveResetKeys: (keys: string[]) => Promise<void>;
  /** Tell content scripts and extension pages that effective settings changed. */
  broadcast: () => Promise<void>;
}

/** The warning admins see when the policy could not be read and the last one was kept. */
export const UNREADABLE_POLICY_WARNING =
  'The managed policy could not be read; the last policy applied on this computer stays in force.';

/** Create the settings service (it starts reading at once); handlers call `effective()` / `engine()`. */
export function createSettingsService(deps: SettingsServiceDeps) {
  let user: Partial<Settings> = {};
  let resetKeys: string[] = [];
  let managed: unknown = {};
  let unreadable = false;

  async function readPolicy(): Promise<void> {
    try {
      const raw = await deps.readManaged();
      managed = raw ?? {};
      unreadable = false;
      await deps.saveLastPolicy(parsePolicy(managed).policy);
    } catch {
      unreadable = true;
      managed = (await deps.loadLastPolicy().catch(() => null)) ?? managed;
    }
  }

  /** Read and repair; a repair is written back and its keys remembered before anyone is told. */
  async function readUser(): Promise<void> {
    let raw: unknown;
    try {
      raw = await deps.readUser();
    } catch {
      return; // keep what we had
    }
    const repaired = repairUserSettings(raw);
    user = repaired.user;
    if (repaired.reset.length === 0) return;
    resetKeys = [...new Set([...resetKeys, ...repaired.reset])];
    await deps.saveResetKeys(resetKeys).catch(() => undefined);
    await deps.writeUser(user).catch(() => undefined);
  }

  // Chromium answers storage.managed.get() only ~2 s after browser start. Until then the
  // remembered policy applies (so nothing is wider than before); `policyRead` marks the real read.
  const ready = (async () => {
    managed = (await deps.loadLastPolicy().catch(() => null)) ?? {};
    resetKeys = await deps.loadResetKeys().catch(() => []);
    await readUser();
  })();
  const policyRead = ready.then(readPolicy);
  /** The latest read of the user's choices: answers wait for it so a page never sees a stale repair. */
  let userRead: Promise<void> = ready;
  // Pages that started on the remembered policy learn about the real one (never awaited: a tab
  // that does not answer must not hold up analyses).
  void policyRead.then(() => deps.broadcast()).catch(() => undefined);

  /**
   * Settings in force. Content scripts get an answer at once (remembered policy; they are told
   * again when the first read lands); extension pages wait for the real read.
   */
  async function effective(waitForPolicy = true): Promise<EffectiveSettings> {
    await (waitForPolicy ? policyRead : ready);
    await userRead;
    const merged = mergeSettings(DEFAULT_SETTINGS, user, managed);
    if (unreadable) merged.policyWarnings.push(UNREADABLE_POLICY_WARNING);
    return { ...merged, resetKeys: [...resetKeys] };
  }

  return {
    ready: policyRead,
    effective,
    /**
     * Engine options in force. Like content scripts, analyses use the remembered policy until the
     * first managed read lands: holding every keystroke's analysis ~2 s at browser start let
     * replies pile up and arrive out of order.
     */
    engine: async (): Promise<EngineOptions> => engineOptions((await effective(false)).values),
    /** The managed area changed: re-read it, then tell everyone. */
    async policyChanged(): Promise<void> {
      await policyRead;
      await readPolicy();
      await deps.broadcast();
    },
    /** The user's stored choices changed: re-read them, then tell everyone. */
    async userChanged(): Promise<void> {
      userRead = userRead.then(readUser);
      await userRead;
      await policyRead;
      await deps.broadcast();
    },
    /**
     * Save validated user choices: merged over the stored (repaired) ones, or replacing them; the
     * `reset` keys are dropped, so their defaults (or the policy) apply again. The storage change
     * that follows re-reads and broadcasts; the in-memory copy is updated at once so a reply that
     * follows the save already reflects it.
     */
    async setUser(patch: Partial<Settings>, replace: boolean, reset: readonly SettingKey[] = []): Promise<void> {
      await ready;
      const base: Partial<Settings> = replace ? {} : repairUserSettings(await deps.readUser().catch(() => user)).user;
      for (const key of reset) delete base[key];
      user = { ...base, ...patch };
      await deps.writeUser(user);
    },
    /** The repair notice was read: forget the reset keys and tell the open pages. */
    async dismissRepairNotice(): Promise<void> {
      await ready;
      resetKeys = [];
      await deps.saveResetKeys([]);
      await deps.broadcast();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
