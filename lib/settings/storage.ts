/**
 * Every storage key TheraCode uses, as a typed item, in this one file. `local`, not `sync`: clinic vocabularies can outgrow sync's 8 KB per-item
 * quota, and workstations are often shared accounts anyway.
 */
import { storage } from '@wxt-dev/storage';
import type { Policy } from '../contracts/settings';
import { layoutKey } from './layout';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { payerKey } from './payer';

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

/** A site's sidebar layout (hostname-keyed: no paths, no patient ids from URLs); parsed on read. */
export function layoutItem(hostname: string) {
  return storage.defineItem<unknown>(`local:${layoutKey(hostname)}`, { fallback: null });
}

/** A site's payer class picked in the sidebar (a class name, never note text); parsed on read. */
export function payerItem(hostname: string) {
  return storage.defineItem<unknown>(`local:${payerKey(hostname)}`, { fallback: null });
}

/** Let only extension pages and the worker read or write storage.local where the browser can say so (Chromium). */
export async function restrictToTrustedContexts(area: {
  setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}): Promise<boolean> {
  if (typeof area.setAccessLevel !== 'function') return false; // Firefox: not available for storage.local
  return area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).then(
    () => true,
    () => false,
  );
}
