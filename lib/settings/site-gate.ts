/** Whether TheraCode may run on a host: the user's site choices intersected with policy's allow list. */
import type { EffectiveValues } from '../contracts/settings';

/** Normalise a hostname for matching: lower case, no trailing dot, no IPv6 brackets. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[|\]$/g, '');
}

/** `a.example` matches that host only; `*.a.example` matches a.example and any subdomain. */
export function hostMatches(pattern: string, hostname: string): boolean {
  const host = normalizeHost(hostname);
  const p = normalizeHost(pattern);
  if (p.startsWith('*.')) {
    const base = p.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === p;
}

/** True when some pattern in the list matches the host. */
export function matchesAny(patterns: readonly string[], hostname: string): boolean {
  return patterns.some((p) => hostMatches(p, hostname));
}

/** Pure site gate: deny wins; an allow-list mode and the policy's siteAllowList must both admit the host. */
export function isSiteAllowed(values: Pick<EffectiveValues, 'sites' | 'siteAllowList'>, hostname: string): boolean {
  if (!hostname) return false;
  if (values.siteAllowList !== null && !matchesAny(values.siteAllowList, hostname)) return false;
  if (values.sites.mode === 'allowList' && !matchesAny(values.sites.allow, hostname)) return false;
  return !matchesAny(values.sites.deny, hostname);
}
