/**
 * Missing documentation elements per code (issue #4's shared definition, after domain.md §7).
 *
 * Blocks: one intervention is often written as several segments — sentences on one line
 * ("Ther ex 15 min: LAQ 3x10. Tolerated well.") or list items under a heading ("TE 15 min:" then
 * "- LAQ 3x10", "- SLR 2x10"). Consecutive performed segments of the same code that share a line, or
 * whose later lines are list items (bullet, number or indent) with no blank line between, form one
 * block: an element present anywhere in the block counts for the whole block, and a missing element
 * is reported once, on the block's first segment. Separate lines that are not list items stay separate.
 */
import type { Element, Missing, Segment } from '../contracts/analysis';
import type { Code } from '../contracts/codes';
import {
  DETECTORS_BY_ELEMENT,
  HINTS,
  MESSAGES,
  REQUIRED,
  SESSION_RESPONSE,
  SESSION_RESPONSE_OUTSIDE,
} from './elements';
import { RULES } from './lexicon';
import { maskNumberWords } from './number-words';

/** One intervention: segment indices sharing a code, read together. */
export interface Block {
  code: Code;
  segments: number[];
  text: string;
  hasMinutes: boolean;
}

const ITEM_LINE = /^[ \t]+\S|^\s*(?:[-•*·–]|\d+[.)])\s/;
const usable = (m: number | null) => m !== null && Number.isFinite(m) && m >= 0;
const offsetsValid = (s: Segment, text: string) => s.end <= text.length && text.slice(s.start, s.end) === s.text;
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** Whether segment `b` continues the intervention `a` began (same line, or a list item right under it). */
function continues(a: Segment, b: Segment, text: string): boolean {
  if (!offsetsValid(a, text) || !offsetsValid(b, text) || b.start < a.end) return false;
  const gap = text.slice(a.end, b.start);
  if (!gap.includes('\n')) return true;
  if (/\n[ \t]*\n/.test(gap)) return false;
  return ITEM_LINE.test(text.slice(lineStart(text, b.start), b.end));
}

/**
 * Group performed, coded segments into interventions. With `units` (the engine's reading: each
 * segment's block in domain.md §12's sense) the segments of one code in one unit are one block;
 * without it (hand-built segments), adjacency decides (see the file comment).
 */
export function blocksOf(segments: readonly Segment[], text: string, units?: readonly number[]): Block[] {
  if (units && units.length === segments.length) return byUnit(segments, units);
  const blocks: Block[] = [];
  let current: Block | null = null;
  let last: Segment | null = null;
  segments.forEach((s, i) => {
    if (s.status !== 'performed' || s.code === null) return;
    if (current && last && current.code === s.code && continues(last, s, text)) {
      current.segments.push(i);
      current.text += `\n${s.text}`;
      current.hasMinutes ||= usable(s.minutes);
    } else {
      current = { code: s.code, segments: [i], text: s.text, hasMinutes: usable(s.minutes) };
      blocks.push(current);
    }
    last = s;
  });
  return blocks;
}

function byUnit(segments: readonly Segment[], units: readonly number[]): Block[] {
  const blocks: Block[] = [];
  const open = new Map<string, Block>();
  // A table's note ("Table note: VC for form throughout", no code of its own) speaks for its rows.
  const notes = new Map<number, string>();
  segments.forEach((s, i) => {
    const u = units[i] as number;
    if (u < 0 && s.status === 'other' && s.code === null) notes.set(u, `${notes.get(u) ?? ''}\n${s.text}`);
  });
  segments.forEach((s, i) => {
    if (s.status !== 'performed' || s.code === null) return;
    const key = `${units[i]}:${s.code}`;
    const b = open.get(key);
    if (b) {
      b.segments.push(i);
      b.text += `\n${s.text}`;
      b.hasMinutes ||= usable(s.minutes);
      return;
    }
    const note = notes.get(units[i] as number) ?? '';
    const block: Block = { code: s.code, segments: [i], text: s.text + note, hasMinutes: usable(s.minutes) };
    open.set(key, block);
    blocks.push(block);
  });
  return blocks;
}

/** Statuses whose text is about another day or nothing done (declined, planned, history, goals). */
const NOT_TODAY = new Set<Segment['status']>(['negated', 'planned', 'history', 'goal']);

/**
 * Whether the note states a response for the whole session (counts for every code). Only today's text
 * counts: performed segments and the text between them from the first intervention on, less any
 * declined, planned, history or goal segment ("declined stairs due to fatigue", "goal: pt reports pain
 * ≤ 2/10" are not how the patient responded today).
 */
export function sessionResponse(segments: readonly Segment[], text: string): boolean {
  const valid = segments.filter((s) => offsetsValid(s, text)).sort((a, b) => a.start - b.start);
  const first = valid.find((s) => s.status === 'performed' && s.code !== null);
  if (!first) return false;
  const gaps: string[] = [];
  const done: string[] = [];
  let at = first.start;
  for (const s of valid) {
    if (s.end <= at) continue;
    if (s.start > at) gaps.push(text.slice(at, s.start));
    if (s.status === 'performed' && s.code !== null) done.push(s.text);
    else if (!NOT_TODAY.has(s.status)) gaps.push(text.slice(Math.max(at, s.start), s.end));
    at = Math.max(at, s.end);
  }
  gaps.push(text.slice(at));
  const rest = gaps.join('\n');
  if (SESSION_RESPONSE.test(rest) || done.some((t) => SESSION_RESPONSE.test(t))) return true;
  // Text between interventions: a plain "tolerated well" there is about the session.
  return SESSION_RESPONSE_OUTSIDE.some((re) => re.test(rest));
}

/** Activity rules of the lexicon that name something done (a billing label like "TA" names nothing). */
// A category ("strengthening", "band work", "balance activities") codes the statement but names nothing.
const NAMING = new Set(
  RULES.filter((r) => r.kind === 'activity' && r.role !== 'label' && r.code && !r.generic).map((r) => r.id),
);
/** Whether a segment's evidence names a specific activity the lexicon knows ("wheelbarrow walks", a clinic term). */
const namesActivity = (s: Segment) => s.evidence.some((e) => NAMING.has(e.ruleId) || e.ruleId.startsWith('custom.'));

/** Whether a block documents an element (minutes from segments, the rest from detectors). */
export function hasElement(block: Block, element: Element, segments?: readonly Segment[]): boolean {
  if (element === 'minutes') return block.hasMinutes;
  if (element === 'activity' && segments && block.segments.some((i) => namesActivity(segments[i] as Segment)))
    return true;
  // A dictated dose ("three sets of ten", "grade two glides") is a dose written in words.
  const text = element === 'dosage' ? maskNumberWords(block.text) : block.text;
  for (const d of DETECTORS_BY_ELEMENT.get(element) ?? [])
    if ((d.codes === undefined || d.codes.includes(block.code)) && d.re.test(text)) return true;
  return false;
}

const ORDER = Object.keys(REQUIRED) as Element[];

/**
 * A block with no minutes, dosage or skilled input of its own, for a code the note already documents with minutes
 * ("No c/o knee pain during squats.", "mild agitation at end of dressing"), is a comment on that
 * intervention, not a new one: it is not checked on its own.
 */
export function isResponseOnly(block: Block, codesWithMinutes: ReadonlySet<Code>): boolean {
  // A dose or the therapist's own input ("instructed pt in …") makes it an intervention of its own.
  return (
    !block.hasMinutes &&
    codesWithMinutes.has(block.code) &&
    !hasElement(block, 'dosage') &&
    !hasElement(block, 'skilled-input')
  );
}

/**
 * The elements each performed, coded intervention still lacks; `text` is the whole note (session-wide
 * response); `units` groups the segments of one block (see blocksOf).
 */
export function findMissing(segments: readonly Segment[], text: string, units?: readonly number[]): Missing[] {
  const sessionWide = sessionResponse(segments, text);
  const missing: Missing[] = [];
  const blocks = blocksOf(segments, text, units);
  const codesWithMinutes = new Set(blocks.filter((b) => b.hasMinutes).map((b) => b.code));
  for (const block of blocks) {
    if (isResponseOnly(block, codesWithMinutes)) continue;
    for (const element of ORDER) {
      if (!REQUIRED[element].includes(block.code)) continue;
      if (element === 'response' && sessionWide) continue;
      if (hasElement(block, element, segments)) continue;
      missing.push({
        code: block.code,
        element,
        segment: block.segments[0] as number,
        message: `${block.code}: ${MESSAGES[element]}`,
        hint: HINTS[element],
      });
    }
  }
  return missing;
}
