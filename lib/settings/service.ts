/**
 * The background's view of settings: user choices from storage, managed policy read at start and
 * on every managed-area change (Bitwarden-style). Fails closed: when the managed area cannot be
 * read, the last applied policy stays in force (remembered across worker restarts), so a broken
 * read never silently widens what an admin restricted. Policy values are never logged.
 */
import type { EffectiveSettings, Policy } from '../contracts/settings';
import type { EngineOptions } from '../engine/options';
import { DEFAULT_SETTINGS } from './defaults';
import { mergeSettings } from './merge';
import { parsePolicy } from './policy';
import { engineOptions } from './prefs';
import { repairUserSettings } from './repair';

export interface SettingsServiceDeps {
  readUser: () => Promise<unknown>;
  /** Reads chrome.storage.managed; throws when the area is unavailable. */
  readManaged: () => Promise<unknown>;
  loadLastPolicy: () => Promise<Policy | null>;
  saveLastPolicy: (policy: Policy) => Promise<void>;
  /** Tell content scripts and extension pages that effective settings changed. */
  broadcast: () => Promise<void>;
}

/** The warning admins see when the policy could not be read and the last one was kept. */
export const UNREADABLE_POLICY_WARNING =
  'The managed policy could not be read; the last policy applied on this computer stays in force.';

/** Create the settings service (it starts reading at once); handlers call `effective()` / `engine()`. */
export function createSettingsService(deps: SettingsServiceDeps) {
  let user: unknown = {};
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

  async function readUser(): Promise<void> {
    user = await deps.readUser().catch(() => user);
  }

  // Chromium answers storage.managed.get() only ~2 s after browser start. Until then the
  // remembered policy applies (so nothing is wider than before); `policyRead` marks the real read.
  const ready = (async () => {
    managed = (await deps.loadLastPolicy().catch(() => null)) ?? {};
    await readUser();
  })();
  const policyRead = ready.then(readPolicy);
  // Pages that started on the remembered policy learn about the real one (never awaited: a tab
  // that does not answer must not hold up analyses).
  void policyRead.then(() => deps.broadcast()).catch(() => undefined);

  /**
   * Settings in force. Content scripts get an answer at once (remembered policy; they are told
   * again when the first read lands); extension pages wait for the real read.
   */
  async function effective(waitForPolicy = true): Promise<EffectiveSettings> {
    await (waitForPolicy ? policyRead : ready);
    const merged = mergeSettings(DEFAULT_SETTINGS, repairUserSettings(user).user, managed);
    if (unreadable) merged.policyWarnings.push(UNREADABLE_POLICY_WARNING);
    return merged;
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
      await policyRead;
      await readUser();
      await deps.broadcast();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
