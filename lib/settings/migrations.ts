/**
 * Stored-settings migrations (run by @wxt-dev/storage when the stored version is older). They
 * must never throw: a failed migration leaves old data in place, so odd input passes through
 * and the key-by-key repair cleans it up afterwards.
 */

/** Version of the stored user-settings object. */
export const SETTINGS_VERSION = 3;

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

/**
 * v2 → v3: `uncertainBelow` was a fraction (0–1) in storage while the Settings page showed a
 * percentage; v3 stores the percentage the page, the policy and the sidebar's "% sure" all use.
 */
export function migrateV2toV3(old: unknown): unknown {
  if (!isRecord(old) || typeof old.uncertainBelow !== 'number' || old.uncertainBelow > 1) return old;
  return { ...old, uncertainBelow: fractionToPercent(old.uncertainBelow) };
}

/** 0.7 → 70, without binary-fraction noise (0.07 × 100 is 7.000000000000001); one decimal kept. */
export function fractionToPercent(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

/** The migration map handed to storage.defineItem. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = { 2: migrateV1toV2, 3: migrateV2toV3 };
