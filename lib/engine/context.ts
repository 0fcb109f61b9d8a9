/**
 * ConText-style status of each hit: triggers ("declined", "will", "goal", "last visit") cover the words
 * before and/or after them within a clause; clauses end at ; : . and at "but", "however" and the like;
 * a terminator ("completed", "today") stops a trigger's scope. Also the purpose clauses ("to simulate …").
 */
import type { SegmentStatus } from '../contracts/analysis';
import type { Hit } from './matcher';

/** Which trigger wins when two cover the same words. */
const PRIORITY: SegmentStatus[] = ['negated', 'goal', 'planned', 'history', 'other'];

/** A purpose clause: from its cue to the end of the clause (comma, "with", a bracket or the next cue). */
export interface PurposeScope {
  cue: Hit;
  start: number;
  end: number;
  /** "VC for posture", "min A for threading": the target of a cue or assist, not the activity's intent. */
  skill: boolean;
}

/** The context of one piece: clause boundaries, triggers and purpose scopes. */
export interface PieceContext {
  statusOf(h: Hit): { status: SegmentStatus; trigger: Hit | null };
  scopeOf(h: Hit): PurposeScope | null;
  scopes: PurposeScope[];
}

function clauseEnds(
  text: string,
  start: number,
  end: number,
  breaks: readonly Hit[],
  triggers: readonly Hit[],
): number[] {
  const ends: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === ';' || c === '.' || c === '!' || c === '?') ends.push(i);
    // "Next visit: add box lifts", "HEP (daily at home): bridges" — a colon right after a status
    // trigger (or its closing bracket) carries its scope on.
    else if (
      c === ':' &&
      /\s/.test(text[i + 1] ?? ' ') &&
      !triggers.some((t) => t.end <= i && !/[^\s)\]]/.test(text.slice(t.end, i)))
    )
      ends.push(i);
  }
  for (const b of breaks) ends.push(b.start);
  return ends.sort((a, b) => a - b);
}

/** Read triggers, clauses and purpose scopes of the piece text[start, end) given its hits. */
export function readContext(text: string, start: number, end: number, hits: readonly Hit[]): PieceContext {
  const ends = clauseEnds(
    text,
    start,
    end,
    hits.filter((h) => h.rule.role === 'break'),
    hits.filter((h) => h.rule.role === 'status'),
  );
  const clauseOf = (pos: number): number => {
    let n = 0;
    while (n < ends.length && (ends[n] as number) < pos) n++;
    return n;
  };
  const triggers = hits.filter((h) => h.rule.role === 'status');
  const terms = hits.filter((h) => h.rule.role === 'terminate');
  const between = (a: number, b: number) => terms.some((t) => t.start >= a && t.end <= b);

  const statusOf = (h: Hit) => {
    const c = clauseOf(h.start);
    let best: { status: SegmentStatus; trigger: Hit | null } = { status: 'performed', trigger: null };
    let rank = PRIORITY.length;
    for (const t of triggers) {
      if (t.end > h.start && t.start < h.end) continue;
      if (clauseOf(t.start) !== c) continue;
      const dir = t.rule.dir ?? 'both';
      // "Previously performed SLS": a done-word does not end a history scope.
      const free = (a: number, b: number) => t.rule.status === 'history' || !between(a, b);
      const near = t.rule.window === undefined || Math.abs(h.tok - t.tokEnd) <= t.rule.window;
      const before = t.end <= h.start && dir !== 'post' && free(t.end, h.start) && near;
      const after = t.start >= h.end && dir !== 'pre' && free(h.end, t.start) && t.rule.window === undefined;
      if (!before && !after) continue;
      const r = PRIORITY.indexOf(t.rule.status ?? 'other');
      if (r < rank) {
        rank = r;
        best = { status: t.rule.status ?? 'other', trigger: t };
      }
    }
    return best;
  };

  const cues = hits.filter((h) => h.rule.role === 'cue');
  const scopes: PurposeScope[] = [];
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Hit;
    if (scopes.length && (scopes[scopes.length - 1] as PurposeScope).end > cue.start) continue;
    let stop = end;
    const rest = text.slice(cue.end, end);
    const m = /[,;:.()[\]]|\s(?:with|w\/|x\s?\d)/i.exec(rest);
    if (m) stop = Math.min(stop, cue.end + m.index);
    const nextCue = cues[i + 1];
    if (nextCue && nextCue.start >= cue.end) stop = Math.min(stop, nextCue.start);
    const e = ends.find((x) => x >= cue.end);
    if (e !== undefined) stop = Math.min(stop, e);
    const skill = hits.some((h) => h.rule.kind === 'skill' && h.tokEnd === cue.tok);
    scopes.push({ cue, start: cue.start, end: Math.max(stop, cue.end), skill });
  }
  const scopeOf = (h: Hit) => scopes.find((s) => h.start >= s.start && h.end <= s.end) ?? null;
  return { statusOf, scopeOf, scopes };
}
