/**
 * Totals the note states in words: total timed-code minutes and total treatment time (domain.md §3
 * "Documentation tie-in" — Medicare wants both recorded). Patterns are data with stable ids.
 */

import { type Pattern, patterns } from './pattern';

/** A stated-total pattern; group 1 is the minutes. */
export type TotalPattern = Pattern;

// "min", "mins", "minutes", "'" (PT shorthand for minutes), or nothing.
const UNIT = String.raw`(?:\s*(?:min(?:ute)?s?\b|'|m\b))?`;
const SEP = String.raw`\s*(?:[:=\-–]|is|was)?\s*`;

/** Ways notes state total timed-code minutes. "untimed" never matches (no word boundary before "timed"). */
export const STATED_TIMED_PATTERNS: readonly TotalPattern[] = patterns([
  {
    // A label ("Timed min:", "Total timed code minutes", "Timed:") then the number. Needs a label word or
    // a separator, so "SLS timed 30 sec" or "Timed Up and Go" are not totals.
    id: 'total.timed-label',
    re: new RegExp(
      String.raw`\b(?:total\s+)?timed(?:\s+code)?(?:\s+(?:treatment|tx|therapy))?(?:\s+(?:min(?:ute)?s?|time)\b\s*(?:[:=\-–]|is|was)?|\s*[:=\-–])\s*(\d{1,3})(?!\d|\s*(?:s\b|sec|seconds))${UNIT}`,
      'i',
    ),
    examples: { positive: ['Timed min: 53'], negative: ['SLS timed 30 sec'] },
  },
  {
    id: 'total.timed-number-minutes',
    re: /\b(?:total\s+)?timed(?:\s+code)?\s+(\d{1,3})\s*(?:min(?:ute)?s?\b|')/i,
    examples: { positive: ['Total timed 45 min'], negative: ['Timed Up and Go 12 s'] },
  },
  {
    id: 'total.minutes-timed',
    re: /\b(\d{1,3})\s*(?:min(?:ute)?s?|')?\s+(?:of\s+)?timed\b(?!\s*[:=])/i,
    examples: { positive: ['Total 60 min (45 min timed)'], negative: ['Untimed 10 min'] },
  },
]);

/** Ways notes state total treatment time (timed + untimed). "Total timed …" never matches here. */
export const TOTAL_TIME_PATTERNS: readonly TotalPattern[] = patterns([
  {
    id: 'total.treatment-time',
    re: new RegExp(
      String.raw`\btotal\s+(?:treatment|tx|session|visit|therapy|rx)?\s*(?:time|min(?:ute)?s?)\b${SEP}(\d{1,3})${UNIT}`,
      'i',
    ),
    examples: { positive: ["Total tx time: 60'"], negative: ['Total timed: 45 min'] },
  },
]);

function firstMinutes(text: string, patterns: readonly TotalPattern[]): number | null {
  let best: { at: number; minutes: number } | null = null;
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, minutes: Number(m[1]) };
  }
  return best ? best.minutes : null;
}

/** Total timed-code minutes the note states, or null (the first statement wins). */
export function statedTimedMinutes(text: string): number | null {
  return firstMinutes(text, STATED_TIMED_PATTERNS);
}

/** Total treatment time the note states (timed + untimed), or null. Used only for flags. */
export function statedTotalTreatmentMinutes(text: string): number | null {
  return firstMinutes(text, TOTAL_TIME_PATTERNS);
}
