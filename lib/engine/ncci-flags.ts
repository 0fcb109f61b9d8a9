/**
 * Note flags for NCCI pairs (domain.md §6, §12): every pair of the NCCI table whose two codes the note
 * documents today. Movement codes come from the performed segments; evaluations from their CPT number
 * or, for a re-evaluation, its words ("re-eval", "re-evaluation" → 97164, PT's code; 97168 when the
 * note names it) — an evaluation is never a segment code, so it is read from the text.
 */
import type { Flag, Segment } from '../contracts/analysis';
import { flag, performed } from './flag-registry';
import { CLOCK_RANGE, EVAL_CODE, REEVAL, REEVAL_FUTURE } from './flag-rules';
import { isEvaluation, type NcciPair, ncciId, pairsAmong } from './ncci';

/** Whether `at` falls inside a segment that is not about today's care (a plan, goal, history …). */
function insideNonPerformed(segments: readonly Segment[], at: number): boolean {
  return segments.some((s) => !performed(s) && s.status !== 'other' && at >= s.start && at < s.end);
}

/** Evaluation codes done today: their mentions outside plans/goals/history and not put in the future. */
function evaluationsToday(segments: readonly Segment[], text: string): Set<string> {
  const found = new Set<string>();
  const today = (at: number, len: number) => {
    if (insideNonPerformed(segments, at)) return false;
    // The clause around the mention: a plan or due date means it is not today's service.
    const around = text.slice(Math.max(0, at - 30), at + len + 40).split(/[.;\n]/);
    const clause = around.find((c) => c.includes(text.slice(at, at + len))) ?? '';
    return !REEVAL_FUTURE.re.test(clause);
  };
  for (const m of text.matchAll(new RegExp(EVAL_CODE.re.source, 'g')))
    if (today(m.index ?? 0, m[0].length)) found.add(m[0]);
  if (!found.has('97164') && !found.has('97168'))
    for (const m of text.matchAll(new RegExp(REEVAL.re.source, 'gi')))
      if (!/^97/.test(m[0]) && today(m.index ?? 0, m[0].length)) {
        found.add('97164');
        break;
      }
  return found;
}

/** The one flag of one pair: timed pairs need distinct time blocks, evaluation pairs a distinct service. */
function pairFlag(p: NcciPair, segments: readonly Segment[], at: ReadonlyMap<string, number[]>): Flag {
  const idx = [...(at.get(p.column1) ?? []), ...(at.get(p.column2) ?? [])].sort((a, b) => a - b);
  const head = `${p.column1} and ${p.column2} on one date are an NCCI pair (${p.source}, ${p.quarter})`;
  if (isEvaluation(p.column1) || isEvaluation(p.column2))
    return flag(ncciId(p), `${head}: it needs modifier 59/X and a service distinct from the evaluation.`, idx);
  const ownTime = (code: string) =>
    (at.get(code) ?? []).some((i) => {
      const s = segments[i] as Segment;
      return (s.minutes !== null && Number.isFinite(s.minutes) && s.minutes > 0) || CLOCK_RANGE.re.test(s.text);
    });
  const distinct = ownTime(p.column1) && ownTime(p.column2);
  return flag(
    ncciId(p),
    distinct
      ? `${head}: modifier 59 needs distinct time blocks, and separate blocks appear documented (each has its own minutes or clock times).`
      : `${head}: modifier 59 needs distinct time blocks, and the note does not show separate minutes or clock times for each.`,
    idx,
    distinct ? 'info' : 'warning',
  );
}

/** Every NCCI pair of `table` the note documents today, one flag each. */
export function ncciFlags(segments: readonly Segment[], text: string, table?: readonly NcciPair[]): Flag[] {
  const at = new Map<string, number[]>();
  segments.forEach((s, i) => {
    if (!performed(s) || !s.code) return;
    const list = at.get(s.code);
    if (list)
      list.push(i); // in place: copying the list per segment was quadratic in a long note
    else at.set(s.code, [i]);
  });
  const codes = new Set<string>(at.keys());
  if (codes.size === 0) return [];
  for (const e of evaluationsToday(segments, text)) codes.add(e);
  return pairsAmong(codes, table).map((p) => pairFlag(p, segments, at));
}
