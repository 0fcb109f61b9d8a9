/** One statement from hits to a Segment: status (section + ConText), untimed services, code, evidence, why. */
import type { Evidence, Segment, SegmentStatus } from '../contracts/analysis';
import type { Code } from '../contracts/codes';
import { classify } from './classify';
import { DOSE, PASSIVE_WHY, passiveRoleOf, stripBullet } from './clauses';
import { readContext } from './context';
import type { Hit } from './matcher';
import { billingMinutes, findMinutes, MAX_MINUTES, type MinuteMention } from './minutes';
import { pattern } from './pattern';
import { sectionStatus } from './sections';
import type { Piece } from './segment';
import { whyCoded, whyNot } from './why';

/** Note-level total lines ("Timed min: 37", "Total treatment time 45 min"): the ledger reads those. */
const TOTALS = pattern({
  id: 'statement.note-total',
  re: /^(?:\d{1,3}\s*(?:min(?:ute)?s?\s+)?total\b|[a-z]+(?:\s[a-z]+)?\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?\s*\((?:un)?timed\)|total\b|timed\b|untimed\b|time in\b|time out\b|tx time|treatment time|session time|billed|billing|units?\b|charges?\b|cpt codes?\b|total timed|timed code|(?:cpt\s*)?97\d{3}\s*(?:x|×|-|:|\()?\s*\d+\s*units?\b)/i,
  examples: {
    positive: [
      'Timed min: 37',
      'Total treatment time 45 min',
      '97110 x 2 units',
      '49 Total timed minutes',
      'Group: 30 min (untimed).',
    ],
    negative: ['Ther ex 15 min'],
  },
}).re;

/**
 * What a clause is to the intervention it may belong to: it opens one (`activity`), may attach to one
 * (`passive`: measurement or report; `none`: cues, response, purpose, minutes with no activity of their
 * own), or stands alone (`context`: another status, a section, a modality; `admin`: totals, headers).
 */
export type ClauseRole = 'activity' | 'passive' | 'none' | 'context' | 'admin';

/** A statement's segment plus the minute mentions it contains (for flags) and its role. */
export interface StatementResult {
  segment: Segment;
  mentions: MinuteMention[];
  role: ClauseRole;
}

const isCoded = (h: Hit) => h.rule.code !== null && h.rule.role !== 'cue';
const isUntimed = (h: Hit) => h.rule.role === 'untimed';
const NONE: readonly Hit[] = [];

/**
 * The hits that pass `keep`, in order: `hits` itself when all do and a shared empty list when none do,
 * so the usual statement (a few hits, all of one kind or none) allocates no list per filter.
 */
function select(hits: readonly Hit[], keep: (h: Hit) => boolean): readonly Hit[] {
  let out: Hit[] | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    if (keep(h)) out?.push(h);
    else out ??= hits.slice(0, i); // every hit before the first one dropped was kept
  }
  if (!out) return hits;
  return out.length > 0 ? out : NONE;
}
/** A longer untimed phrase swallows the activity inside it ("ice massage" is not manual therapy). */
function inUntimed(h: Hit, untimed: readonly Hit[]): boolean {
  for (const u of untimed) if (u.start <= h.start && u.end >= h.end && u.end - u.start > h.end - h.start) return true;
  return false;
}
/** The untimed hit that speaks for the statement: an attended modality unless the line says "unattended". */
function pickUntimed(untimed: readonly Hit[], raw: string): Hit {
  const modality = untimed.find((h) => h.rule.modality);
  return modality && !/\bunattended\b/i.test(raw) ? modality : (untimed[0] as Hit);
}

function overlapsAny(h: Hit, others: readonly Hit[]): boolean {
  for (const a of others) if (a.start < h.end && h.start < a.end) return true;
  return false;
}
const evidenceOf = (h: Hit): Evidence => ({ start: h.start, end: h.end, ruleId: h.rule.id, kind: h.rule.kind });
/**
 * Evidence in order of start, sorted in place by insertion: the lists are short and mostly ordered, and
 * unlike Array#sort this allocates no work array per statement. Stable, so equal starts keep their order.
 */
function ordered(evidence: Evidence[]): Evidence[] {
  for (let i = 1; i < evidence.length; i++) {
    const e = evidence[i] as Evidence;
    let j = i;
    while (j > 0 && (evidence[j - 1] as Evidence).start > e.start) {
      evidence[j] = evidence[j - 1] as Evidence;
      j--;
    }
    evidence[j] = e;
  }
  return evidence;
}

function result(
  piece: Piece,
  text: string,
  status: SegmentStatus,
  evidence: Evidence[],
  minutes: number | null,
  why: string,
  mentions: MinuteMention[],
  role: ClauseRole = 'context',
): StatementResult {
  return {
    segment: {
      start: piece.start,
      end: piece.end,
      text: text.slice(piece.start, piece.end),
      status,
      code: null,
      alternatives: [],
      confidence: 0,
      minutes,
      evidence: ordered(evidence),
      why,
    },
    mentions,
    role,
  };
}

/** Confidence ceiling when only the purpose decides: below the 0.6 "uncertain" line, so it is shown as a close call. */
const PURPOSE_ONLY_CONFIDENCE = 0.45;

/**
 * A clause that opens with a cue ("Cues for pacing.", "Needed VC for hand placement.", "Tactile cues
 * at pelvis"): skilled input for the intervention before it. What follows the cue is its target, not
 * an activity of its own, so the clause attaches rather than opening an intervention.
 */
const CUE_OPENER = pattern({
  id: 'clause.cue-opener',
  re: /^(?:(?:required|requires|requiring|needed|needs|needing|provided|given|with|w\/|occasional|intermittent|frequent|consistent|min(?:imal)?|mod(?:erate)?|max(?:imal)?|verbal|tactile|visual|\d+)\s+)*(?:v\.?c\.?'?s?|t\.?c\.?'?s?|cues?|cueing|cuing|prompts?|prompting)\b/i,
  examples: {
    positive: ['Cues for pacing.', 'Needed 2 VC for hand placement.', 'Tactile cues at pelvis for weight shift.'],
    negative: ['Pacing instruction for stairs with cues.', 'Cued sit to stand x10 for quad strength'],
  },
});

/**
 * No activity the lexicon knows ("windmills 2x10 for thoracic ROM"), but a stated purpose and a dose or minutes:
 * intent decides the code (domain.md §1), at low confidence and marked uncertain, rather than nothing.
 */
function purposeOnly(
  piece: Piece,
  text: string,
  raw: string,
  performed: readonly Hit[],
  ctx: ReturnType<typeof readContext>,
  prior: Code | null,
  enabled: ReadonlySet<Code>,
  timeEv: Evidence[],
  minutes: number | null,
  mentions: MinuteMention[],
): StatementResult | null {
  if (!DOSE.re.test(raw) && minutes === null) return null; // a dose or its own minutes shows it was done
  const purposes: Hit[] = [];
  for (const h of performed) {
    if (h.rule.kind !== 'purpose' || h.rule.code === null || !enabled.has(h.rule.code)) continue;
    const scope = ctx.scopeOf(h);
    if (scope && !scope.skill) purposes.push(h);
  }
  if (purposes.length === 0) return null;
  const verdict = classify(purposes, ctx, prior, enabled);
  if (!verdict.code || !verdict.purpose) return null;
  const cues = performed.filter((h) => h.rule.role === 'cue' || h.rule.kind === 'skill');
  const out = result(
    piece,
    text,
    'performed',
    [...purposes, ...cues].map(evidenceOf).concat(timeEv),
    minutes,
    '',
    mentions,
    'activity',
  );
  const p = text.slice(verdict.purpose.start, verdict.purpose.end).trim();
  out.segment.code = verdict.code;
  out.segment.confidence = Math.min(verdict.confidence, PURPOSE_ONLY_CONFIDENCE);
  out.segment.alternatives = verdict.alternatives;
  out.segment.why = `${verdict.code} by stated purpose only: the activity is not one the engine knows, but the purpose "${p}" points to ${verdict.code}; low confidence — check the activity.`;
  return out;
}

/** Analyse one statement. `view` is the markup-masked note (same offsets as `text`). */
export function analyzeStatement(
  piece: Piece,
  text: string,
  view: string,
  hits: readonly Hit[],
  prior: Code | null,
  enabled: ReadonlySet<Code>,
): StatementResult {
  const raw = text.slice(piece.start, piece.end);
  const bare = stripBullet(raw);
  if (TOTALS.test(bare))
    return result(
      piece,
      text,
      'other',
      [],
      null,
      'Note-level time total, not an intervention; the minute ledger reads it.',
      [],
      'admin',
    );
  const passive = passiveRoleOf(bare);
  if (passive)
    return result(
      piece,
      text,
      'other',
      [],
      null,
      PASSIVE_WHY[passive],
      [],
      passive === 'administrative' ? 'admin' : 'passive',
    );
  const mentions = findMinutes(view, piece.start, piece.end);
  if (piece.cell && !mentions.some((m) => !m.dose)) {
    const raw = piece.cell.text.trim();
    const n = /^\d{1,3}(?:\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
    const start = piece.cell.start + piece.cell.text.indexOf(raw);
    mentions.push({ start, end: start + raw.length, raw, value: n >= 0 && n <= MAX_MINUTES ? n : null });
  }
  // "Ther ex (97110) - 15 min: bike x 8 min, SLR…": the label's minutes cover the doses after its colon.
  const minutes = billingMinutes(mentions, null);
  const stated = mentions.some((m) => !m.dose && m.value !== null);
  // A flowsheet field "NMR Time: 0 minutes" records that the intervention was not done today.
  if (stated && minutes === 0)
    return result(piece, text, 'other', [], 0, 'Recorded as 0 minutes: not done today, so not coded.', mentions);
  const timeEv: Evidence[] = [];
  for (const m of mentions)
    if (m.value !== null && (!stated || !m.dose))
      timeEv.push({ start: m.start, end: m.end, ruleId: 'time.minutes', kind: 'time' });
  const untimedHits = select(hits, isUntimed);
  const activities = select(hits, (h) => isCoded(h) && h.rule.kind === 'activity' && !inUntimed(h, untimedHits));
  const fromSection = sectionStatus(piece.section);
  if (fromSection) {
    const ev = activities.map(evidenceOf);
    return result(piece, text, fromSection, ev, minutes, whyNot(fromSection, null, ''), mentions);
  }
  // The section decides before the wording does, so the clause context is read only when it is needed.
  const ctx = readContext(view, piece.start, piece.end, hits);
  // The performed hits in hit order (a short list: `includes` is cheaper than building a Set per statement).
  const performed = select(hits, (h) => ctx.statusOf(h).status === 'performed');
  if (
    activities.length > 0 &&
    CUE_OPENER.re.test(bare) &&
    !DOSE.re.test(bare) &&
    activities.every((h) => ctx.scopeOf(h)?.skill)
  )
    return result(
      piece,
      text,
      'other',
      [],
      minutes,
      'Skilled input for the intervention it follows.',
      mentions,
      'none',
    );
  const doneActivities = select(activities, (h) => performed.includes(h));
  const untimed = select(untimedHits, (h) => !overlapsAny(h, activities));
  const firstDone = doneActivities[0];
  const named = activities[0];
  // "Gait training not performed today, pt amb without device": the named intervention was not done, and a
  // later mention of the same activity with no dose, time or skilled input is an observation, not care.
  if (
    firstDone &&
    named &&
    !performed.includes(named) &&
    minutes === null &&
    !DOSE.re.test(raw) &&
    doneActivities.every((h) => h.rule.code === named.rule.code) &&
    !hits.some((h) => h.rule.kind === 'skill' && performed.includes(h))
  ) {
    const s = ctx.statusOf(named);
    const trig = s.trigger ? text.slice(s.trigger.start, s.trigger.end) : '';
    const ev = [evidenceOf(named), ...(s.trigger ? [evidenceOf(s.trigger)] : [])];
    return result(piece, text, s.status, ev, minutes, whyNot(s.status, null, trig), mentions);
  }
  if (untimed.length > 0 && (!firstDone || (untimed[0] as Hit).start < firstDone.start)) {
    const u = pickUntimed(untimed, raw);
    const label = text.slice(u.start, u.end);
    if (u.rule.modality) {
      // An attended modality not done today (declined, planned …) must not reach the timed total.
      const s = ctx.statusOf(u);
      if (s.status !== 'performed') {
        const ev = [evidenceOf(u), ...(s.trigger ? [evidenceOf(s.trigger)] : [])];
        const trig = s.trigger ? text.slice(s.trigger.start, s.trigger.end) : '';
        return result(piece, text, s.status, ev, minutes, whyNot(s.status, null, trig), mentions);
      }
      return result(
        piece,
        text,
        'other',
        [evidenceOf(u), ...timeEv],
        minutes,
        `Not one of the movement codes: "${label}" is a timed service outside the seven codes (${u.rule.modality}); its minutes count toward the timed total and compete for units under the 8-minute rule.`,
        mentions,
      );
    }
    const what =
      u.rule.id === 'context.evaluation'
        ? 'an evaluation (97161–97168, untimed)'
        : u.rule.id === 'context.other-service'
          ? 'a procedure with its own code outside these seven (canalith repositioning 95992, dry needling 20560/20561, work conditioning 97545, biofeedback 90912)'
          : 'an untimed or unattended modality';
    return result(
      piece,
      text,
      'other',
      [evidenceOf(u)],
      minutes,
      `Not one of the movement codes: "${label}" is ${what}; its minutes are never counted.`,
      mentions,
    );
  }
  if (!firstDone) {
    const first = activities[0];
    if (!first) {
      const byPurpose = purposeOnly(piece, text, raw, performed, ctx, prior, enabled, timeEv, minutes, mentions);
      if (byPurpose) return byPurpose;
      const why = prior ? 'No intervention is named in this line.' : whyNot('performed', null, '');
      return result(piece, text, 'other', [], minutes, why, mentions, 'none');
    }
    const s = ctx.statusOf(first);
    const ev = [evidenceOf(first), ...(s.trigger ? [evidenceOf(s.trigger)] : [])];
    const trig = s.trigger ? text.slice(s.trigger.start, s.trigger.end) : '';
    return result(piece, text, s.status, ev, minutes, whyNot(s.status, null, trig), mentions);
  }
  const used = select(
    performed,
    (h) =>
      h.rule.role !== 'status' && h.rule.role !== 'break' && h.rule.role !== 'terminate' && !inUntimed(h, untimedHits),
  );
  const verdict = classify(select(used, isCoded), ctx, prior, enabled);
  const evidence: Evidence[] = [];
  for (const h of used) evidence.push(evidenceOf(h));
  for (const e of timeEv) evidence.push(e);
  const role = verdict.code ? 'activity' : 'none';
  const out = result(piece, text, 'performed', evidence, minutes, whyCoded(verdict, text, prior), mentions, role);
  out.segment.code = verdict.code;
  out.segment.confidence = verdict.confidence;
  out.segment.alternatives = verdict.alternatives;
  return out;
}
