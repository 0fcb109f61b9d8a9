/**
 * Stored-settings migrations (run by @wxt-dev/storage when the stored version is older). They
 * must never throw: a failed migration leaves old data in place, so odd input passes through
 * and the key-by-key repair cleans it up afterwards.
 */

/** Version of the stored user-settings object. */
export const SETTINGS_VERSION = 2;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * v1 → v2: v1 (0.0.x previews) stored `rule` and `sidebarPosition`; v2 calls them `unitRule` and
 * `sidebarSide`, and v1's `siteDenyList` became `sites.deny`.
 */
export function migrateV1toV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { rule, sidebarPosition, siteDenyList, ...rest } = old;
  const next: Record<string, unknown> = { ...rest };
  if (rule !== undefined && next.unitRule === undefined) next.unitRule = rule;
  if (sidebarPosition !== undefined && next.sidebarSide === undefined) next.sidebarSide = sidebarPosition;
  if (siteDenyList !== undefined && next.sites === undefined) {
    next.sites = { mode: 'all', allow: [], deny: siteDenyList };
  }
  return next;
}

/** The migration map handed to storage.defineItem. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = { 2: migrateV1toV2 };
