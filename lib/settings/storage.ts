/**
 * Storage items. `local`, not `sync`: clinic vocabularies can outgrow sync's 8 KB per-item
 * quota, and workstations are often shared accounts anyway.
 */
import { storage } from '@wxt-dev/storage';
import type { Policy } from '../contracts/settings';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';

/** The user's own choices (only keys they changed); repaired key by key on every read. */
export const userSettingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/**
 * The last policy that was read and applied (validated values, never note text), so a worker
 * restart or a failed managed-storage read never silently widens what the policy forbade.
 */
export const lastPolicyItem = storage.defineItem<Policy | null>('local:lastAppliedPolicy', { fallback: null });

/** Names of stored keys a repair reset to defaults (never values), until the notice is dismissed. */
export const resetKeysItem = storage.defineItem<string[]>('local:settingsReset', { fallback: [] });
