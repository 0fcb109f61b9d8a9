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
  /** The skill is guarding or physical assist ("contact guard for loss of balance"), not feedback on movement. */
  guard?: boolean;
}

/** Assist levels and guarding: safety help given during a task, not a cue on how to move. */
/** A guard's target that is a safety event ("for loss of balance", "for LOB x2", "for safety"). */
const LOB = /^for\s+(?:\w+\s+){0,2}?(?:loss(?:es)?\s+of\s+balance|lob|safety|falls?)\b/i;
const GUARD =
  /^(?:cga|contact guard|guard|spott|min\b|mod\b|max\b|minimal|moderate|maximal|sba|stand ?by|hand held|physical assist|assist)/i;

/** The context of one piece: clause boundaries, triggers and purpose scopes. */
export interface PieceContext {
  statusOf(h: Hit): { status: SegmentStatus; trigger: Hit | null };
  scopeOf(h: Hit): PurposeScope | null;
  scopes: PurposeScope[];
}

/** The status of a hit no trigger covers (shared: callers only read it). */
const PERFORMED: { readonly status: SegmentStatus; readonly trigger: Hit | null } = Object.freeze({
  status: 'performed',
  trigger: null,
});
const SPACE = /\s/;
const NOT_CLOSER = /[^\s)\]]/;
const SCOPE_END = /[,;:.()[\]]|\s(?:with|w\/|x\s?\d)/i;

/** Clause ends of text[start, end): sentence marks, a colon (unless it carries a trigger on), breaks. */
function clauseEnds(
  text: string,
  start: number,
  end: number,
  breaks: readonly Hit[],
  triggers: readonly Hit[],
): number[] {
  const ends: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A point between digits is a decimal or a code ("1.0 W/cm2", "M17.11"), not a clause end.
    if (c === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    if (c === 59 || c === 46 || c === 33 || c === 63) ends.push(i);
    // "Next visit: add box lifts", "HEP (daily at home): bridges" — a colon right after a status
    // trigger (or its closing bracket) carries its scope on.
    else if (c === 58 && SPACE.test(text[i + 1] ?? ' ') && !carriesOn(text, triggers, i) && !negatesLabel(triggers, i))
      ends.push(i);
  }
  if (breaks.length === 0) return ends;
  for (const b of breaks) ends.push(b.start);
  return ends.sort((a, b) => a - b);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** "Gait training: deferred today …", "Ther ex: held": a refusal right after a label's colon reaches the label. */
const negatesLabel = (triggers: readonly Hit[], colon: number) =>
  triggers.some((t) => t.rule.status === 'negated' && t.start > colon && t.start <= colon + 3);

/** What may stand between a history trigger and its colon: a date, "note", "dated" ("Copied from 12/04 note:"). */
const DATED_TAIL =
  /^(?:[\s)\],]+|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:note|notes|visit|session|tx|dated|on|of|the)\b){1,8}$/i;

function carriesOn(text: string, triggers: readonly Hit[], at: number): boolean {
  for (const t of triggers) {
    if (t.end > at) continue;
    const between = text.slice(t.end, at);
    if (!NOT_CLOSER.test(between)) return true;
    // "Prev visit 12/05: …", "Copied from 12/04 note: …": the dated source of copied text carries history on.
    if (t.rule.status === 'history' && between.length <= 30 && DATED_TAIL.test(between)) return true;
  }
  return false;
}

/** The shared empty hit list (never written: `add` copies it first). */
const NO_HITS: Hit[] = [];
/** `list` with `h` appended: a new list in place of the shared empty one. */
const add = (list: Hit[], h: Hit): Hit[] => {
  if (list === NO_HITS) return [h];
  list.push(h);
  return list;
};

/**
 * The context of one piece. A class rather than closures: one is built per statement, and the
 * methods live on the prototype (this is the engine's hottest path).
 */
class Context implements PieceContext {
  readonly scopes: PurposeScope[] = [];
  private readonly ends: number[];
  private readonly triggers: Hit[];
  private readonly terms: Hit[];

  constructor(text: string, start: number, end: number, hits: readonly Hit[]) {
    // Most statements have no hit of a role: its list is the shared empty one, filled (copied) only on need.
    let triggers = NO_HITS;
    let breaks = NO_HITS;
    let terms = NO_HITS;
    let cues = NO_HITS;
    for (const h of hits) {
      const role = h.rule.role;
      if (role === 'status') triggers = add(triggers, h);
      else if (role === 'break') breaks = add(breaks, h);
      else if (role === 'terminate') terms = add(terms, h);
      else if (role === 'cue') cues = add(cues, h);
    }
    this.triggers = triggers;
    this.terms = terms;
    this.ends = clauseEnds(text, start, end, breaks, this.triggers);
    for (let i = 0; i < cues.length; i++) {
      const cue = cues[i] as Hit;
      const last = this.scopes[this.scopes.length - 1];
      if (last && last.end > cue.start) continue;
      let stop = end;
      const m = SCOPE_END.exec(text.slice(cue.end, end));
      if (m) stop = Math.min(stop, cue.end + m.index);
      const nextCue = cues[i + 1];
      if (nextCue && nextCue.start >= cue.end) stop = Math.min(stop, nextCue.start);
      for (const x of this.ends)
        if (x >= cue.end) {
          stop = Math.min(stop, x);
          break;
        }
      let skill = false;
      let guard = false;
      // "VC for posture" is the cue's target; "SBA, so pt can …" (a comma between) is the activity's goal.
      for (const h of hits)
        if (h.rule.kind === 'skill' && h.tokEnd === cue.tok && !/[,;]/.test(text.slice(h.end, cue.start))) {
          skill = true;
          guard = GUARD.test(text.slice(h.start, h.end)) && LOB.test(text.slice(cue.start, cue.start + 40));
        }
      const scope: PurposeScope = { cue, start: cue.start, end: Math.max(stop, cue.end), skill };
      if (guard) scope.guard = true;
      this.scopes.push(scope);
    }
  }

  private clauseOf(pos: number): number {
    let n = 0;
    while (n < this.ends.length && (this.ends[n] as number) < pos) n++;
    return n;
  }

  /** Whether a terminator lies in [a, b]. */
  private terminated(a: number, b: number): boolean {
    for (const t of this.terms) if (t.start >= a && t.end <= b) return true;
    return false;
  }

  statusOf(h: Hit): { status: SegmentStatus; trigger: Hit | null } {
    if (this.triggers.length === 0) return PERFORMED;
    let best: { status: SegmentStatus; trigger: Hit | null } = PERFORMED;
    const c = this.clauseOf(h.start);
    let rank = PRIORITY.length;
    for (const t of this.triggers) {
      if (t.end > h.start && t.start < h.end) continue;
      if (this.clauseOf(t.start) !== c) continue;
      // "… to open containers at home on her own": inside a stated goal, doing it alone is the aim, not
      // unsupervised time.
      if (t.rule.id === 'context.other' && this.inGoal(t)) continue;
      const dir = t.rule.dir ?? 'both';
      // "Previously performed SLS": a done-word does not end a history scope.
      const history = t.rule.status === 'history';
      const near = t.rule.window === undefined || Math.abs(h.tok - t.tokEnd) <= t.rule.window;
      const before = t.end <= h.start && dir !== 'post' && (history || !this.terminated(t.end, h.start)) && near;
      const after =
        t.start >= h.end &&
        dir !== 'pre' &&
        (history || !this.terminated(h.end, t.start)) &&
        t.rule.window === undefined;
      if (!before && !after) continue;
      const r = PRIORITY.indexOf(t.rule.status ?? 'other');
      if (r < rank) {
        rank = r;
        best = { status: t.rule.status ?? 'other', trigger: t };
      }
    }
    return best;
  }

  /** Whether the hit lies inside a purpose clause that is the activity's goal (not a cue's target). */
  private inGoal(h: Hit): boolean {
    for (const s of this.scopes) if (!s.skill && h.start >= s.start && h.end <= s.end) return true;
    return false;
  }

  scopeOf(h: Hit): PurposeScope | null {
    for (const s of this.scopes) if (h.start >= s.start && h.end <= s.end) return s;
    return null;
  }
}

/** Read triggers, clauses and purpose scopes of the piece text[start, end) given its hits. */
export function readContext(text: string, start: number, end: number, hits: readonly Hit[]): PieceContext {
  return new Context(text, start, end, hits);
}
