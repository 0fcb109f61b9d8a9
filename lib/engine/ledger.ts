/**
 * The minute ledger: per-code minutes, CMS 8-minute-rule and AMA midpoint units, totals, and the
 * flags that arithmetic raises (ties, stated total disagreeing). STUB — issue #4 fills it in.
 */
import type { Analysis, CodeLine, Flag, Segment } from '../contracts/analysis';
import { type Code, isTimed } from '../contracts/codes';

export interface Ledger {
  codes: CodeLine[];
  totals: Analysis['totals'];
  flags: Flag[];
}

/** Build the ledger from the performed, coded segments of a note (`text` for stated totals). */
export function buildLedger(segments: readonly Segment[], _text: string): Ledger {
  const byCode = new Map<Code, number | null>();
  for (const s of segments) {
    if (s.status !== 'performed' || s.code === null) continue;
    const prev = byCode.get(s.code) ?? null;
    byCode.set(s.code, s.minutes === null ? prev : (prev ?? 0) + s.minutes);
  }
  const codes = [...byCode].map(([code, minutes]) => ({
    code,
    minutes,
    timed: isTimed(code),
    units: { cms: 0, ama: 0 },
  }));
  const timedMinutes = codes.reduce((t, c) => t + (c.timed ? (c.minutes ?? 0) : 0), 0);
  return { codes, totals: { timedMinutes, statedTimedMinutes: null, units: { cms: 0, ama: 0 } }, flags: [] };
}
