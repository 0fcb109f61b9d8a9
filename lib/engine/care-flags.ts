/**
 * Who delivered the care, and whether it was skilled (domain.md §8, §12): co-treatment with another
 * discipline billed in full (Part B), time delivered or supervised by an aide, and walking or a home
 * program repeated with no skill shown.
 */
import type { Flag, Segment } from '../contracts/analysis';
import { DETECTORS_BY_ELEMENT } from './elements';
import { flag, indices, performed } from './flag-registry';
import { AIDE_TIME, CO_TREAT, CO_TREAT_SPLIT, INDEPENDENT_HEP, WALK_FOR_DISTANCE } from './flag-rules';
import { pattern } from './pattern';

const timed = (s: Segment) => s.minutes !== null && Number.isFinite(s.minutes) && s.minutes > 0;

/**
 * Co-treatment (Part B): two therapists treating one patient at once may not both bill the full time.
 * Raised when a co-treated intervention's minutes are counted in full, unless the note says how the
 * minutes were split.
 */
function coTreatment(segments: readonly Segment[], text: string): Flag[] {
  if (!CO_TREAT.re.test(text) || CO_TREAT_SPLIT.re.test(text)) return [];
  const hits = indices(segments, (s) => CO_TREAT.re.test(s.text));
  const billed = hits.filter((i) => performed(segments[i] as Segment) && timed(segments[i] as Segment));
  // A co-treat line on its own ("Co-treat w/ OT this session") covers the session's timed care.
  const covered =
    billed.length > 0 ? billed : hits.length > 0 ? indices(segments, (s) => performed(s) && timed(s)) : [];
  if (covered.length === 0) return [];
  const minutes = covered.reduce((t, i) => t + ((segments[i] as Segment).minutes ?? 0), 0);
  return [
    flag(
      'co-treatment',
      `Co-treatment with another discipline: ${minutes} min are counted in full here. Under Medicare Part B the two therapists may not both bill that time — one bills it, or they split the minutes so together they equal the session (Part A/SNF rules differ). State the split.`,
      [...new Set([...hits, ...covered])].sort((a, b) => a - b),
    ),
  ];
}

/** Time delivered or supervised by an aide or technician: not skilled therapy, not billable timed minutes. */
function aideTime(segments: readonly Segment[]): Flag[] {
  const hits = indices(segments, (s) => AIDE_TIME.re.test(s.text));
  if (hits.length === 0) return [];
  return [
    flag(
      'skill.aide-time',
      'Care delivered or supervised by an aide or technician is not skilled therapy: its minutes are not billable timed minutes and are left out of the total.',
      hits,
    ),
  ];
}

const SKILL = DETECTORS_BY_ELEMENT.get('skilled-input') ?? [];
// Literal pre-check so the two-sided patterns below run only on the few segments that could match.
const MAYBE_UNSKILLED = pattern({
  id: 'care.maybe-unskilled',
  re: /walk|amb|HEP|home/i,
  examples: { positive: ['Walked 6 laps', 'HEP reviewed'], negative: ['Bike 10 min'] },
}).re;

/** Walking only for distance/endurance, or an independent home program repeated, with no skill shown. */
function possiblyUnskilled(segments: readonly Segment[]): Flag[] {
  const hits = indices(
    segments,
    (s) =>
      performed(s) &&
      MAYBE_UNSKILLED.test(s.text) &&
      (WALK_FOR_DISTANCE.re.test(s.text) || INDEPENDENT_HEP.re.test(s.text)) &&
      !SKILL.some((d) => d.re.test(s.text)),
  );
  if (hits.length === 0) return [];
  return [
    flag(
      'skill.possibly-unskilled',
      "Walking only for distance/endurance or repeating a home program the patient does independently may not be skilled care; nothing here shows the therapist's skill.",
      hits,
    ),
  ];
}

/** Co-treatment, aide time and possibly unskilled care. */
export function careFlags(segments: readonly Segment[], text: string): Flag[] {
  return [...coTreatment(segments, text), ...aideTime(segments), ...possiblyUnskilled(segments)];
}
