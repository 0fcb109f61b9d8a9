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
 * - Attended timed modalities (97035 ultrasound, 97032 attended e-stim, 97033 iontophoresis) are
 *   15-minute codes: their minutes count in `totals.timedMinutes` and they compete for the CMS units
 *   (manual example 4: 97110 18 + 97140 13 + 97116 10 + 97035 8 = 49 → 3 units, none for 97035).
 *   They are not in `codes` (the contract's code enum is the seven movement codes), so `totals.units`
 *   can exceed the sum of `codes` units by what they receive; an info flag `units.timed-modality`
 *   says what each got under both rules. Supervised modalities (97010, 97014/G0283) stay excluded.
 */
import type { Analysis, CodeLine, Flag, Segment } from '../contracts/analysis';
import { type Code, isTimed } from '../contracts/codes';
import { flag } from './flag-registry';
import { MODALITY_BY_RULE, MODALITY_NAMES, type ModalityCode } from './lexicon/modalities';
import { statedTimedMinutes, statedTotalTreatmentMinutes } from './stated-totals';
import { allocateCms, amaUnits, describeTie, type UnitCode } from './units';

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

/** Minutes of performed attended modalities (status "other" with a modality as the statement's evidence). */
function modalities(segments: readonly Segment[]): Map<ModalityCode, { minutes: number; segments: number[] }> {
  const out = new Map<ModalityCode, { minutes: number; segments: number[] }>();
  segments.forEach((s, i) => {
    const m = s.status === 'other' ? MODALITY_BY_RULE.get(s.evidence[0]?.ruleId ?? '') : undefined;
    if (!m || !usable(s.minutes)) return;
    const e = out.get(m) ?? { minutes: 0, segments: [] };
    e.minutes += s.minutes;
    e.segments.push(i);
    out.set(m, e);
  });
  return out;
}

/** Build the ledger from the performed, coded segments of a note (`text` for stated totals). */
export function buildLedger(segments: readonly Segment[], text: string): Ledger {
  const byCode = collect(segments);
  const timed = [...byCode].filter(([code]) => isTimed(code));
  const mods = modalities(segments);
  const cms = allocateCms([
    ...timed.map(([code, e]) => ({ code: code as UnitCode, minutes: e.minutes ?? 0 })),
    ...[...mods].map(([code, e]) => ({ code: code as UnitCode, minutes: e.minutes })),
  ]);
  const codes: CodeLine[] = [...byCode].map(([code, e]) => {
    if (!isTimed(code)) return { code, minutes: e.minutes, timed: false, units: { cms: 1, ama: 1 } };
    return {
      code,
      minutes: e.minutes,
      timed: true,
      units: { cms: cms.units.get(code) ?? 0, ama: amaUnits(e.minutes) },
    };
  });
  let modMinutes = 0;
  let modAma = 0;
  for (const e of mods.values()) {
    modMinutes += e.minutes;
    modAma += amaUnits(e.minutes);
  }
  const timedMinutes = timed.reduce((t, [, e]) => t + (e.minutes ?? 0), 0) + modMinutes;
  const units = {
    cms: cms.total,
    ama: codes.reduce((t, c) => t + (c.timed ? c.units.ama : 0), 0) + modAma,
  };
  const segmentsOf = (c: UnitCode) => byCode.get(c as Code)?.segments ?? mods.get(c as ModalityCode)?.segments ?? [];
  const stated = statedTimedMinutes(text);
  const flags: Flag[] = cms.ties.map((tie) => flag('units.cms-tie', describeTie(tie), tie.among.flatMap(segmentsOf)));
  for (const [code, e] of mods)
    flags.push(
      flag(
        'units.timed-modality',
        `${MODALITY_NAMES[code]} (${code}) ${e.minutes} min counts toward the timed total; under CMS it receives ${cms.units.get(code) ?? 0} unit(s) here, under AMA ${amaUnits(e.minutes)}. It is not one of the seven movement codes, so it has no code line.`,
        e.segments,
      ),
    );
  const timedSegments = [...timed.flatMap(([, e]) => e.segments), ...[...mods.values()].flatMap((e) => e.segments)];
  if (stated !== null && stated !== timedMinutes) {
    flags.push(
      flag(
        'minutes.stated-total-mismatch',
        timedMinutes === 0
          ? `The note states ${stated} timed minutes, but no timed intervention has its own minutes.`
          : `The note states ${stated} timed minutes, but the interventions' minutes add up to ${timedMinutes}.`,
        timedSegments,
      ),
    );
  }
  const total = statedTotalTreatmentMinutes(text);
  const timedClaimed = Math.max(timedMinutes, stated ?? 0);
  if (total !== null && total < timedClaimed) {
    flags.push(
      flag(
        'minutes.total-less-than-timed',
        `Total treatment time (${total} min) is less than the timed minutes (${timedClaimed} min); total time includes timed time.`,
        timedSegments,
      ),
    );
  }
  return { codes, totals: { timedMinutes, statedTimedMinutes: stated, units }, flags };
}
