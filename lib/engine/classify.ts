/**
 * Intent over keywords (domain.md §1, §11): activity words give a code its usual vote; words inside a
 * stated purpose clause count 2–2.5× and an activity named as the purpose ("to simulate stairs") votes
 * for the code it stands for. Group language and manual techniques decide outright.
 */
import type { Code } from '../contracts/codes';
import type { PieceContext, PurposeScope } from './context';
import type { Hit } from './matcher';

const PURPOSE_IN_SCOPE = 2.5;
const ACTIVITY_AS_PURPOSE = 2;
const PURPOSE_LOOSE = 0.7;
const FUNCTIONAL: ReadonlySet<Code> = new Set(['97530', '97535', '97116']);

/** The classifier's verdict on one statement. */
export interface Verdict {
  code: Code | null;
  confidence: number;
  alternatives: { code: Code; score: number }[];
  /** The code the activity words alone point to (for "X rather than Y"). */
  usual: Code | null;
  /** The purpose clause that carried the winning code, if one did. */
  purpose: PurposeScope | null;
  /** The first purpose clause the statement states (a goal, not a cue's target), whatever code it carried. */
  stated: PurposeScope | null;
  decisive: Hit | null;
  /** Walking whose only purpose is distance/endurance: 97110 at most, low confidence. */
  walkOnly: boolean;
  /** The strongest activity hit of the winning code. */
  activity: Hit | null;
  total: number;
}

function add(m: Map<Code, number>, code: Code, w: number): void {
  m.set(code, (m.get(code) ?? 0) + w);
}

function top(m: Map<Code, number>): [Code, number] | null {
  let best: [Code, number] | null = null;
  for (const e of m) if (!best || e[1] > best[1]) best = e;
  return best;
}

/** Score the performed hits of a statement; `prior` is the block label's code, `enabled` the allowed codes. */
export function classify(
  hits: readonly Hit[],
  ctx: PieceContext,
  prior: Code | null,
  enabled: ReadonlySet<Code>,
): Verdict {
  const scores = new Map<Code, number>();
  const activityOnly = new Map<Code, number>();
  const purposeBy = new Map<Code, { w: number; scope: PurposeScope }>();
  let exercise = false;
  for (const h of hits) if (h.rule.role === 'exercise') exercise = true;
  // Loose purpose words (outside a purpose clause) only modify a code the statement already names.
  // A code's own feedback or technique cue ("mirror", "hip hinge") names it as much as an activity does.
  const named = new Set<Code>(prior ? [prior] : []);
  for (const h of hits)
    if (h.rule.code && (h.rule.kind === 'activity' || h.rule.kind === 'skill')) named.add(h.rule.code);
  // A home task named as the goal of a dynamic movement ("reaching … so pt can hang laundry") is the
  // functional task that movement practises (97530); it is self-care training only when the task's
  // technique, equipment or safety is taught (domain.md §11).
  const teaching = teaches(hits);
  const practised = hits.some((h) => h.rule.asPurpose === '97530' && !ctx.scopeOf(h)) && !teaching;
  // A transfer practised for a stated goal ("toilet transfer practice x3, mod A, to enable toileting")
  // is 97530 even when the ADL names the transfer; 97535 is teaching its technique or equipment (§11).
  const transferDrill =
    practised &&
    hits.some((h) => h.rule.id === '97530.transfer' && !ctx.scopeOf(h)) &&
    hits.some((h) => h.rule.kind === 'purpose' && ctx.scopeOf(h) && !ctx.scopeOf(h)?.skill);
  let decisive: Hit | null = null;
  let walk = false;
  let cueNeuro = 0;
  for (const h of hits) {
    const r = h.rule;
    if (r.role === 'cue' || !r.code) continue;
    if (r.role === 'decisive' && enabled.has(r.code) && (!decisive || r.weight > decisive.rule.weight)) decisive = h;
    if (r.role === 'walk') walk = true;
    const found = r.kind === 'skill' ? null : ctx.scopeOf(h);
    if (r.inScopeOnly && (!found || found.skill)) continue;
    // Inside a cue's target ("VC for posture") a purpose word counts as a loose mention.
    const scope = found && !found.skill ? found : null;
    if (found?.skill && r.kind === 'purpose') {
      // Cues on balance/posture/coordination are themselves neuromuscular feedback (domain.md §2, 97112);
      // guarding against a loss of balance ("contact guard for LOB") is safety help, not such feedback.
      if (r.code === '97112') cueNeuro += found.guard ? 0 : r.weight * 1.5;
      else if (named.has(r.code)) add(scores, r.code, r.weight * PURPOSE_LOOSE);
      continue;
    }
    let code: Code = r.code;
    let w = r.weight;
    if (scope && r.kind === 'purpose') w *= PURPOSE_IN_SCOPE;
    // An ADL named as the goal is what a movement practises (97530), unless its technique is being taught
    // in the same statement ("instructed in leaning on the counter … for oral care"): then it is 97535 (§11).
    else if (scope && r.kind === 'activity' && r.asPurpose && !(r.code === '97535' && teaching)) {
      code = r.asPurpose;
      w *= ACTIVITY_AS_PURPOSE;
    } else if (
      r.kind === 'activity' &&
      r.code === '97535' &&
      r.role !== 'decisive' &&
      (transferDrill || (scope && practised))
    ) {
      code = '97530';
      w *= ACTIVITY_AS_PURPOSE;
    } else if (r.kind === 'purpose') w *= named.has(code) ? PURPOSE_LOOSE : 0;
    // A functional aside on a plainly non-functional exercise does not move it (domain.md §11).
    if (scope && exercise && FUNCTIONAL.has(code)) w *= 0.5;
    if (w > 0) add(scores, code, w);
    if (r.kind === 'activity' && !scope) add(activityOnly, r.code, r.weight);
    if (scope && code) {
      const p = purposeBy.get(code);
      if (!p || p.w < w) purposeBy.set(code, { w: (p?.w ?? 0) + w, scope });
    }
  }
  // A balance cue under another written label ("TA (12 min): STS x10, cued for equal WB") is how that
  // activity was coached, not a stated intent: it may not outvote the label on its own (domain.md §12).
  if (cueNeuro > 0) {
    const neuroNamed =
      purposeBy.has('97112') || hits.some((h) => h.rule.code === '97112' && h.rule.kind === 'activity');
    add(scores, '97112', prior && prior !== '97112' && !neuroNamed ? cueNeuro * PURPOSE_LOOSE : cueNeuro);
  }
  if (prior && (scores.size > 0 || hits.length === 0)) add(scores, prior, 1.5);
  for (const c of [...scores.keys()]) if (!enabled.has(c)) scores.delete(c);
  const usual = top(activityOnly)?.[0] ?? null;
  let total = 0;
  for (const v of scores.values()) total += v;
  let best = top(scores);
  // The written label is the prior (domain.md §12): a deciding term of another code does not override a
  // label whose own code the stated purpose supports ("TA: job simulation … manipulating bolts").
  if (decisive?.rule.code && labelled(hits, prior, decisive.rule.code, purposeBy)) decisive = null;
  if (decisive?.rule.code) best = [decisive.rule.code, Math.max(best?.[1] ?? 0, decisive.rule.weight)];
  // Stair and gait-pattern training stay 97116 whatever functional goal they serve ("… to access bedroom
  // upstairs"): domain.md §2 and §11. Only a functional activity of its own (a carry, a reach) makes 97530.
  if (best?.[0] === '97530' && !decisive && !activityOnly.has('97530') && enabled.has('97116') && trainsGait(hits, ctx))
    best = ['97116', Math.max(best[1], scores.get('97116') ?? 0)];
  if (!best || best[1] <= 0) {
    return {
      code: null,
      confidence: 0,
      alternatives: [],
      usual,
      purpose: null,
      stated: statedPurpose(ctx),
      decisive: null,
      walkOnly: false,
      activity: null,
      total,
    };
  }
  const [code, s1] = best;
  let s2 = 0;
  for (const [c, s] of scores) if (c !== code && s > s2) s2 = s;
  let confidence = 0.3 + 0.65 * ((s1 - Math.min(s1, s2)) / s1) * Math.min(1, s1 / 5);
  if (decisive?.rule.code === code) confidence = Math.max(confidence, 0.9);
  if (walk && code === '97110') confidence = Math.min(confidence, 0.5); // walking for endurance: 97110 at most
  confidence = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
  const sum = total || 1;
  const kept: [Code, number][] = [];
  // Runner-ups only: the chosen code is never its own alternative (a close call shows code + runner-up).
  for (const e of scores) if (e[1] > 0 && e[0] !== code) kept.push(e);
  const alternatives = kept.sort(byScore).map((e) => ({ code: e[0], score: Math.round((e[1] / sum) * 100) / 100 }));
  return {
    code,
    confidence,
    alternatives,
    usual,
    purpose: purposeBy.get(code)?.scope ?? null,
    stated: statedPurpose(ctx),
    decisive: decisive?.rule.code === code ? decisive : null,
    walkOnly: walk && code === '97110',
    activity: strongestActivity(hits, code),
    total,
  };
}

/** Whether a written label of a code other than `against` is backed by a purpose clause for that code. */
function labelled(
  hits: readonly Hit[],
  prior: Code | null,
  against: Code,
  purposeBy: ReadonlyMap<Code, unknown>,
): boolean {
  // Group language decides whatever the label (several patients at once are 97150, domain.md §11).
  if (against === '97150') return false;
  const labels = new Set<Code>(prior ? [prior] : []);
  // A label written in the statement opens it ("TA (40 min): …"); "exercises" mid-sentence is no label.
  const first = hits.reduce<Hit | null>((a, h) => (a && a.tok <= h.tok ? a : h), null);
  if (first?.rule.role === 'label' && first.rule.code) labels.add(first.rule.code);
  for (const c of labels) if (c !== against && c !== '97150' && purposeBy.has(c)) return true;
  return false;
}

/** The statement's first stated goal (a purpose clause that is not a cue's or assist's target). */
function statedPurpose(ctx: PieceContext): PurposeScope | null {
  const i = ctx.scopes.findIndex((s) => !s.skill);
  const first = ctx.scopes[i];
  if (!first) return null;
  // "to prepare for living alone" is one goal though "for" opens a scope of its own: join abutting scopes.
  let end = first.end;
  for (const s of ctx.scopes.slice(i + 1)) {
    if (s.skill || s.start > end + 1) break;
    end = s.end;
  }
  return end === first.end ? first : { ...first, end };
}

/** A stair or gait-pattern training term outside any purpose clause. */
function trainsGait(hits: readonly Hit[], ctx: PieceContext): boolean {
  return hits.some((h) => (h.rule.id === '97116.stairs' || h.rule.id === '97116.gait') && !ctx.scopeOf(h));
}

/** Whether the statement teaches a self-care task: instruction words, caregiver training or adaptive equipment. */
function teaches(hits: readonly Hit[]): boolean {
  for (const h of hits)
    if (h.rule.code === '97535' && (h.rule.kind === 'skill' || h.rule.role === 'decisive')) return true;
  return false;
}

/** Runner-ups: higher score first, then code order (a stable, readable order). */
const byScore = (a: [Code, number], b: [Code, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

/** The heaviest non-label activity hit of `code` (the first of equals), else its first activity hit. */
function strongestActivity(hits: readonly Hit[], code: Code): Hit | null {
  let best: Hit | null = null;
  let any: Hit | null = null;
  for (const h of hits) {
    if (h.rule.kind !== 'activity' || h.rule.code !== code) continue;
    any ??= h;
    if (h.rule.role !== 'label' && (!best || h.rule.weight > best.rule.weight)) best = h;
  }
  return best ?? any;
}
