/**
 * The sidebar's billed check: the engine's pure parseBilledLines/checkBilled run right here on the
 * analysis the sidebar already holds. Why not through the background: the claim lines and the note
 * then never leave the top frame, the check follows every keystroke with no round trip, and the
 * pure billed module is small (about 2.5 KB gzip in the content script, measured) — imported from
 * engine/billed, not the engine index, so analyze() and the lexicon stay out of the content script.
 */
import type { Analysis } from '../../contracts/analysis';
import {
  type BilledError,
  type BilledResult,
  type BilledStatus,
  checkBilled,
  parseBilledLines,
} from '../../engine/billed';
import type { UnitRule } from '../../engine/defense';
import type { SidebarPrefs } from '../../settings/prefs';

/** Short words for each status, shown before the engine's message. */
export const STATUS_WORDS: Record<BilledStatus, string> = {
  ok: 'Supported',
  over: 'Over-billed',
  under: 'Under-billed',
  'not-documented': 'Not documented',
  'not-billed': 'Documented, not billed',
  modifier: 'Modifier',
};

/** The check under each rule the sidebar shows ('both' → CMS and AMA), plus unreadable parts of the input. */
export interface BilledView {
  errors: BilledError[];
  byRule: { rule: UnitRule; results: BilledResult[] }[];
}

/** Parse the coder's claim lines and check them against `analysis`; null while the input is blank. */
export function billedView(analysis: Analysis, input: string, rule: SidebarPrefs['rule']): BilledView | null {
  if (input.trim() === '') return null;
  const parsed = parseBilledLines(input);
  const rules: UnitRule[] = rule === 'both' ? ['cms', 'ama'] : [rule];
  return {
    errors: parsed.errors,
    // no readable line: only the errors (checking an empty claim would list every documented code as unbilled)
    byRule:
      parsed.lines.length === 0 ? [] : rules.map((r) => ({ rule: r, results: checkBilled(analysis, parsed.lines, r) })),
  };
}
