/**
 * The payer an EHR page shows (issue #14), pure: which policy entry applies to a host, and which
 * payer class the shown words name. The content script reads the element's text; the background
 * maps it here; the sidebar says "from the page: …".
 */
import type { PayerClass, PayerOnPage } from '../contracts/settings';
import { hostMatches } from './site-gate';

/** Longest text kept from the page's payer element (a payer name, not a page). */
export const MAX_PAYER_TEXT = 120;

/** The policy entry for `hostname` (the first that matches), or null when none is configured. */
export function payerRuleFor(rules: readonly PayerOnPage[], hostname: string): PayerOnPage | null {
  return rules.find((r) => hostMatches(r.host, hostname)) ?? null;
}

/** The payer element's text as shown: whitespace folded, cut to MAX_PAYER_TEXT. */
export function cleanPayerText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_PAYER_TEXT);
}

/** The payer class the words of `text` name (longest configured word found, case-insensitive), or null. */
export function payerFromText(text: string, words: PayerOnPage['words']): PayerClass | null {
  const hay = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  let best: { payer: PayerClass; len: number } | null = null;
  for (const w of words) {
    const needle = w.match
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (needle === '' || !hay.includes(` ${needle} `)) continue;
    if (!best || needle.length > best.len) best = { payer: w.payer, len: needle.length };
  }
  return best?.payer ?? null;
}

/** The page's payer as the sidebar shows it: the words read and the class they name (null: not recognised). */
export interface PagePayer {
  text: string;
  payer: PayerClass | null;
}

/** The payer in force: the therapist's choice for this tab, else the page's. */
export function payerInForce(manual: PayerClass | null, page: PagePayer | null): PayerClass | null {
  return manual ?? page?.payer ?? null;
}

/** A manual choice that contradicts what the page shows (the sidebar flags it). */
export function contradictsPage(manual: PayerClass | null, page: PagePayer | null): boolean {
  return manual !== null && page?.payer != null && page.payer !== manual;
}
