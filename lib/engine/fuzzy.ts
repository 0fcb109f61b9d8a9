/** Misspelling tolerance for long words ("propriception", "tranfers") via fastest-levenshtein. */
import { distance } from 'fastest-levenshtein';

/** Ordinary words one typo away from a lexicon word ("feeling" ~ "feeding"): never corrected. */
const STOP = new Set([
  'feeling',
  'reading',
  'heading',
  'meeting',
  'needing',
  'morning',
  'evening',
  'warning',
  'setting',
  'getting',
  'putting',
  'meaning',
  'heating',
  'seating',
  'sitting',
  'talking',
  'walked',
  'tolerates',
  'balanced',
  'stranger',
  'shoulders',
  'contact',
  'content',
  'control',
  'patient',
  'patients',
  'therapist',
  'standing',
  'reaction',
  'position',
  'positions',
  'transit',
  'stretcher',
  'retrained',
  'trained',
  'training',
  'progress',
  'progressing',
  'progresses',
  'increase',
  'increased',
  'decrease',
  'decreased',
  'improve',
  'improved',
  // dictated narrative: "we started with pendulums" is not "stated"
  'started',
  'starting',
  // "placing coins in a cup" is not energy-conservation "pacing"; "tracing a line" is not "trading"
  'placing',
  'tracing',
]);

const SUFFIX = /(?:ing|ion|ions|ed|er|ers|ive|ory)$/;

/**
 * Two forms of one stem ("manipulating" / "manipulation", "mobilizing" / "mobilization") are different
 * words, not a typo: correcting one into the other would turn a verb in a job task into a technique.
 */
function otherForm(token: string, word: string): boolean {
  const a = SUFFIX.exec(token);
  const b = SUFFIX.exec(word);
  if (!a || !b || a[0] === b[0]) return false;
  return token.slice(0, token.length - a[0].length) === word.slice(0, word.length - b[0].length);
}

/** Corrects words of at least 7 letters to a dictionary word within 1 edit (2 from 9 letters). */
export class Speller {
  private readonly byFirst = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(private readonly known: ReadonlySet<string>) {
    for (const w of known) {
      if (w.length < 6 || /\d/.test(w)) continue;
      const list = this.byFirst.get(w[0] as string) ?? [];
      list.push(w);
      this.byFirst.set(w[0] as string, list);
    }
  }

  /** The dictionary word the token most likely means, or the token itself. */
  correct(token: string): string {
    if (token.length < 7 || this.known.has(token) || STOP.has(token) || /\d/.test(token)) return token;
    const hit = this.cache.get(token);
    if (hit !== undefined) return hit;
    const max = token.length >= 9 ? 2 : 1;
    let best = token;
    let bestD = max + 1;
    for (const w of this.byFirst.get(token[0] as string) ?? []) {
      if (Math.abs(w.length - token.length) > max || otherForm(token, w)) continue;
      const d = distance(token, w);
      if (d < bestD) {
        bestD = d;
        best = w;
      }
    }
    // Bounded so a long stream of unusual words cannot grow memory without limit.
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(token, best);
    return best;
  }
}
