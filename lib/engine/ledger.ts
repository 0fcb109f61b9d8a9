/**
 * The minute ledger: per-code minutes, CMS 8-minute-rule and AMA midpoint units, totals, and the
 * flags that arithmetic raises (CMS ties, a stated total disagreeing, total time below timed time).
 *
 * Conventions (documented here because the contract leaves them open):
 * - A code's minutes are the sum of its performed segments' minutes; null when none has minutes.
 *   Null, negative or non-finite minutes are ignored: they never give units.
 * - Untimed 97150 carries its own 1 unit under both rules on its code line (when performed) and is
 *   kept out of `totals`: `totals.timedMinutes` and `totals.units` count timed codes only.
 * - Codes appear in the order the note first mentions them.
 */
import type { Analysis, CodeLine, Flag, Segment } from '../contracts/analysis';
import { type Code, isTimed } from '../contracts/codes';
import { statedTimedMinutes, statedTotalTreatmentMinutes } from './stated-totals';
import { allocateCms, amaUnits, describeTie } from './units';

/** What the ledger stage contributes to an Analysis. */
export interface Ledger {
  codes: CodeLine[];
  totals: Analysis['totals'];
  flags: Flag[];
}

const usable = (m: number | null): m is number => m !== null && Number.isFinite(m) && m >= 0;

/** Sum minutes per code over performed, coded segments, keeping the segment indices for flags. */
function collect(segments: readonly Segment[]): Map<Code, { minutes: number | null; segments: number[] }> {
  const byCode = new Map<Code, { minutes: number | null; segments: number[] }>();
  segments.forEach((s, i) => {
    if (s.status !== 'performed' || s.code === null) return;
    const entry = byCode.get(s.code) ?? { minutes: null, segments: [] };
    if (usable(s.minutes)) entry.minutes = (entry.minutes ?? 0) + s.minutes;
    entry.segments.push(i);
    byCode.set(s.code, entry);
  });
  return byCode;
}

/** Build the ledger from the performed, coded segments of a note (`text` for stated totals). */
export function buildLedger(segments: readonly Segment[], text: string): Ledger {
  const byCode = collect(segments);
  const timed = [...byCode].filter(([code]) => isTimed(code));
  const cms = allocateCms(timed.map(([code, e]) => ({ code, minutes: e.minutes ?? 0 })));
  const codes: CodeLine[] = [...byCode].map(([code, e]) => {
    if (!isTimed(code)) return { code, minutes: e.minutes, timed: false, units: { cms: 1, ama: 1 } };
    return {
      code,
      minutes: e.minutes,
      timed: true,
      units: { cms: cms.units.get(code) ?? 0, ama: amaUnits(e.minutes) },
    };
  });
  const timedMinutes = timed.reduce((t, [, e]) => t + (e.minutes ?? 0), 0);
  const units = {
    cms: cms.total,
    ama: codes.reduce((t, c) => t + (c.timed ? c.units.ama : 0), 0),
  };
  const stated = statedTimedMinutes(text);
  const flags: Flag[] = cms.ties.map((tie) => ({
    id: 'units.cms-tie',
    severity: 'info',
    message: describeTie(tie),
    segments: tie.among.flatMap((c) => byCode.get(c)?.segments ?? []),
  }));
  const timedSegments = timed.flatMap(([, e]) => e.segments);
  if (stated !== null && stated !== timedMinutes) {
    flags.push({
      id: 'minutes.stated-total-mismatch',
      severity: 'warning',
      message:
        timedMinutes === 0
          ? `The note states ${stated} timed minutes, but no timed intervention has its own minutes.`
          : `The note states ${stated} timed minutes, but the interventions' minutes add up to ${timedMinutes}.`,
      segments: timedSegments,
    });
  }
  const total = statedTotalTreatmentMinutes(text);
  const timedClaimed = Math.max(timedMinutes, stated ?? 0);
  if (total !== null && total < timedClaimed) {
    flags.push({
      id: 'minutes.total-less-than-timed',
      severity: 'warning',
      message: `Total treatment time (${total} min) is less than the timed minutes (${timedClaimed} min); total time includes timed time.`,
      segments: timedSegments,
    });
  }
  return { codes, totals: { timedMinutes, statedTimedMinutes: stated, units }, flags };
}
