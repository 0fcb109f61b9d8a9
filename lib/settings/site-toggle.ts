/** The popup's per-site switch as a pure edit of the user's `sites`. */
import type { Sites } from '../contracts/settings';
import { hostMatches, normalizeHost } from './site-gate';

/**
 * Turn a host off (add it to the deny list) or on (drop deny entries that match it and, in
 * allow-list mode, add it to the allow list). Returns a new object.
 */
export function toggleSite(sites: Sites, hostname: string, on: boolean): Sites {
  const host = normalizeHost(hostname);
  if (!on) return { ...sites, deny: sites.deny.some((p) => hostMatches(p, host)) ? sites.deny : [...sites.deny, host] };
  const deny = sites.deny.filter((p) => !hostMatches(p, host));
  const needsAllow = sites.mode === 'allowList' && !sites.allow.some((p) => hostMatches(p, host));
  return { ...sites, deny, allow: needsAllow ? [...sites.allow, host] : sites.allow };
}
