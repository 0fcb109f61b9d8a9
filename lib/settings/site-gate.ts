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

/**
 * The registrable part of a host, without a public-suffix list: the last two labels, or three when
 * the second-to-last is a short second-level label under a country code (`clinic.co.uk`). IP
 * addresses and single-label hosts stand for themselves.
 */
export function siteOf(hostname: string): string {
  const host = normalizeHost(hostname);
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1] as string;
  const sld = labels[labels.length - 2] as string;
  const take = tld.length === 2 && sld.length <= 3 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * Whether a note from a frame on `frameHost` may be shown in a sidebar on `topHost`: frames of the
 * top page's own site always; another site only when it is on the `crossSiteFrames` list (settings
 * or policy). An unknown host (empty) is never trusted.
 */
export function frameAllowed(topHost: string, frameHost: string, crossSiteFrames: readonly string[]): boolean {
  if (!topHost || !frameHost) return false;
  if (siteOf(topHost) === siteOf(frameHost)) return true;
  return matchesAny(crossSiteFrames, frameHost);
}

/** The note-region selector policy pins on `hostname` (the first `noteRegions` entry whose host pattern matches), if any. */
export function regionSelectorFor(
  regions: readonly { host: string; selector: string }[],
  hostname: string,
): string | undefined {
  return regions.find((r) => hostMatches(r.host, hostname))?.selector;
}
