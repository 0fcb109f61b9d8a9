/**
 * Interventions from clauses (domain.md §12): inside one unit (a heading with its items, a labelled line,
 * a bullet with its continuation, a flowsheet row) an activity clause opens an intervention and the
 * clauses without an activity of their own — cues, assist, response, measurements, purpose, minutes —
 * attach to it. The intervention is read again as one span, so a purpose or a cue in the next sentence
 * counts, and its billing minutes follow minutes.ts (the label's time over a dose's duration).
 */
import type { Segment } from '../contracts/analysis';
import type { Code } from '../contracts/codes';
import { SESSION_RESPONSE_OUTSIDE } from './elements';
import type { Hit } from './matcher';
import type { Piece } from './segment';
import type { StatementResult } from './statement';

/** One intervention (or a clause standing alone): the pieces it spans, the first activity piece leading. */
export interface Group {
  pieces: number[];
  lead: number;
}

const ATTACHES = new Set(['passive', 'none']);

/** Whether a result states its own billing time (a label, clock range or time standing alone; not a dose). */
export const statesMinutes = (r: StatementResult) => r.mentions.some((m) => !m.dose && m.value !== null);

/**
 * Whether a clause of another code opens an intervention of its own. Under a written label ("TA (12
 * min): …" and its bullets) only its own stated time splits it off — the label covers the rest; in an
 * unlabelled block (a narrative paragraph) another code is another intervention.
 */
const standsAlone = (r: StatementResult, labelled: boolean) => !labelled || statesMinutes(r);

/** A clause with minutes of its own, not a per-set duration ("2 x 1 min" is dose, "bike 8 min" is time). */
const ownsTime = (r: StatementResult, text: string) =>
  r.mentions.some((m) => m.value !== null && !/[x×]\s*$/i.test(text.slice(Math.max(0, m.start - 4), m.start)));

/** Only spaces and one line break between two offsets: the lines touch. */
const adjacent = (text: string, a: number, b: number) => /^[ \t]*\r?\n?[ \t]*$/.test(text.slice(a, b));

/** A cue or dose line may join the intervention above it; a response line speaks for the session. */
const speaksForSession = (r: StatementResult) => SESSION_RESPONSE_OUTSIDE.some((re) => re.test(r.segment.text));

/**
 * Group clause indices into interventions and lone clauses, in note order. `labelled(k)` tells whether
 * clause k sits under a written billing label.
 */
export function groupClauses(
  pieces: readonly Piece[],
  results: readonly StatementResult[],
  text: string,
  labelled: (k: number) => boolean,
): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < pieces.length) {
    const unit = (pieces[i] as Piece).unit;
    let j = i;
    while (j < pieces.length && (pieces[j] as Piece).unit === unit) j++;
    let pending: number[] = [];
    let current: Group | null = null;
    for (let k = i; k < j; k++) {
      const r = results[k] as StatementResult;
      if (r.role === 'activity') {
        const code = r.segment.code;
        const cur = current as Group | null;
        const same = cur !== null && (results[cur.lead] as StatementResult).segment.code === code;
        // In a narrative ("We started with the bike for 8 minutes … Then quad sets …, about 12 minutes")
        // each activity that carries its own time is its own intervention, even of the same code.
        const timedTwice =
          same &&
          !labelled(k) &&
          ownsTime(r, text) &&
          cur.pieces.some((q) => ownsTime(results[q] as StatementResult, text));
        if (cur && !timedTwice && (same || !standsAlone(r, labelled(k)))) cur.pieces.push(k);
        else {
          // Minutes written before the activity ("Today we spent 35 minutes on balance. She …") are its
          // time; other clauses before any activity stand alone.
          // Only the run of timed clauses right before it: a clause without time in between stands alone,
          // and nothing joins across it.
          let cut = pending.length;
          while (cut > 0 && (results[pending[cut - 1] as number] as StatementResult).mentions.length > 0) cut--;
          const before = pending.slice(cut);
          for (const q of pending) if (!before.includes(q)) groups.push({ pieces: [q], lead: q });
          current = { pieces: [...before, k], lead: k };
          groups.push(current);
          pending = [];
        }
      } else if (ATTACHES.has(r.role)) {
        if (current) current.pieces.push(k);
        else pending.push(k);
      } else {
        // A clause that stands alone (a plan, a refusal, a header) ends the intervention before it: nothing
        // before or after it joins across it, or two segments would overlap.
        for (const q of pending) groups.push({ pieces: [q], lead: q });
        pending = [];
        groups.push({ pieces: [k], lead: k });
        current = null;
      }
    }
    // A unit with no activity: cues or a response on the line after an intervention belong to it.
    const prev = groups[groups.length - 1];
    const prevEnd = prev ? (pieces[prev.pieces[prev.pieces.length - 1] as number] as Piece).end : -1;
    const first = pending[0];
    if (
      prev &&
      first !== undefined &&
      first === (prev.pieces[prev.pieces.length - 1] as number) + 1 &&
      (results[prev.lead] as StatementResult).role === 'activity' &&
      !pending.some((k) => speaksForSession(results[k] as StatementResult)) &&
      (pieces[first] as Piece).section === (pieces[prev.lead] as Piece).section &&
      adjacent(text, prevEnd, (pieces[first] as Piece).start)
    )
      prev.pieces.push(...pending);
    else for (const k of pending) groups.push({ pieces: [k], lead: k });
    i = j;
  }
  return groups.sort((a, b) => (a.pieces[0] as number) - (b.pieces[0] as number));
}

/** The span of a group as one piece (the lead's section, block and unit; a flowsheet cell if any). */
export function spanPiece(g: Group, pieces: readonly Piece[]): Piece {
  const lead = pieces[g.lead] as Piece;
  const first = pieces[g.pieces[0] as number] as Piece;
  const last = pieces[g.pieces[g.pieces.length - 1] as number] as Piece;
  const cell = g.pieces.map((k) => (pieces[k] as Piece).cell).find((c) => c !== undefined);
  const out: Piece = { start: first.start, end: last.end, section: lead.section, block: lead.block, unit: lead.unit };
  if (cell) out.cell = cell;
  return out;
}

/**
 * Read a group: a lone clause keeps its own result; several are read again as one span. If the span
 * reads as no performed code (an unlucky trigger), the lead's code is kept with the whole span.
 */
export function readGroup(
  g: Group,
  pieces: readonly Piece[],
  results: readonly StatementResult[],
  read: (p: Piece) => StatementResult,
): StatementResult {
  const lead = results[g.lead] as StatementResult;
  if (g.pieces.length === 1) return lead;
  const span = spanPiece(g, pieces);
  const r = read(span);
  if (r.segment.status === 'performed' && r.segment.code) return r;
  const s: Segment = {
    ...lead.segment,
    start: span.start,
    end: span.end,
    text: r.segment.text,
    minutes: r.segment.minutes,
  };
  return { segment: s, mentions: r.mentions, role: 'activity' };
}

/** The code a heading's own words point to ("TA (12 min):" → 97530), for the items under it. */
export function headCode(hits: readonly Hit[]): Code | null {
  const votes = new Map<Code, number>();
  for (const h of hits)
    if (h.rule.code && h.rule.kind !== 'skill') votes.set(h.rule.code, (votes.get(h.rule.code) ?? 0) + h.rule.weight);
  let best: [Code, number] | null = null;
  for (const e of votes) if (!best || e[1] > best[1]) best = e;
  return best?.[0] ?? null;
}
