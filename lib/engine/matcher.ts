/** Compiles lexicon rules into a word index and finds every rule hit in one linear pass over the tokens. */
import { Speller } from './fuzzy';
import type { Rule } from './lexicon';
import { type Tokens, termWords } from './tokens';

interface Entry {
  rule: Rule;
  words: string[];
  /** Per word: the prefix without its `*` (null for an exact word), precomputed so matching allocates nothing. */
  prefixes: (string | null)[];
}

/** One place a rule fired: token range and UTF-16 offsets into the note. */
export interface Hit {
  rule: Rule;
  start: number;
  end: number;
  tok: number;
  tokEnd: number;
}

/** A compiled rule set. */
/** Entries sharing a first word, split by their second word so common words ("to", "for") stay cheap. */
interface Bucket {
  any: Entry[];
  bySecond: Map<string, Entry[]>;
}

export interface Matcher {
  exact: Map<string, Bucket>;
  /** Prefix terms keyed by their first three letters (as a number, so lookups allocate nothing). */
  prefix: Map<number, Entry[]>;
  speller: Speller;
}

function key3(w: string): number {
  return w.charCodeAt(0) * 65536 + w.charCodeAt(1) * 256 + w.charCodeAt(2);
}

function wordMatches(e: Entry, k: number, word: string): boolean {
  const p = e.prefixes[k];
  return p === null ? e.words[k] === word : word.startsWith(p as string);
}

function entry(rule: Rule, words: string[]): Entry {
  return { rule, words, prefixes: words.map((w) => (w.endsWith('*') ? w.slice(0, -1) : null)) };
}

/** Build the first-word index (exact words and 3-letter prefix buckets) and the speller's dictionary. */
export function compile(rules: readonly Rule[]): Matcher {
  const exact = new Map<string, Bucket>();
  const prefix = new Map<number, Entry[]>();
  const known = new Set<string>();
  for (const rule of rules) {
    for (const term of rule.terms) {
      const words = termWords(term);
      const first = words[0];
      if (!first) continue;
      for (const w of words) if (!w.endsWith('*')) known.add(w);
      if (first.endsWith('*')) {
        const key = key3(first);
        prefix.set(key, [...(prefix.get(key) ?? []), entry(rule, words)]);
      } else {
        const b = exact.get(first) ?? { any: [], bySecond: new Map<string, Entry[]>() };
        const second = words[1];
        if (second && !second.endsWith('*'))
          b.bySecond.set(second, [...(b.bySecond.get(second) ?? []), entry(rule, words)]);
        else b.any.push(entry(rule, words));
        exact.set(first, b);
      }
    }
  }
  return { exact, prefix, speller: new Speller(known) };
}

function blocked(rule: Rule, p: Prepared, ids: Int32Array, i: number, end: number, from: number, to: number): boolean {
  if (rule.notAfter && i > from && rule.notAfter.includes(p.words[ids[i - 1] as number] as string)) return true;
  if (rule.notBefore && end < to) {
    const next = p.words[ids[end] as number] as string;
    if ((/^\d/.test(next) && rule.notBefore.includes('#digit')) || rule.notBefore.includes(next)) return true;
  }
  return false;
}

/**
 * A note's distinct words made ready for matching, indexed like `Tokens.vocab`: each corrected for
 * spelling and looked up in the index once per note, however often it occurs.
 */
export interface Prepared {
  words: string[];
  buckets: (Bucket | undefined)[];
  prefixed: (Entry[] | undefined)[];
}

/** Correct misspellings and look up every distinct word's buckets once per note; ranges are then matched from it. */
export function prepare(m: Matcher, tokens: Tokens): Prepared {
  const n = tokens.vocab.length;
  const words = new Array<string>(n);
  const buckets = new Array<Bucket | undefined>(n);
  const prefixed = new Array<Entry[] | undefined>(n);
  const anyPrefix = m.prefix.size > 0;
  for (let i = 0; i < n; i++) {
    const w = m.speller.correct(tokens.vocab[i] as string);
    words[i] = w;
    buckets[i] = m.exact.get(w);
    prefixed[i] = anyPrefix && w.length >= 3 ? m.prefix.get(key3(w)) : undefined;
  }
  return { words, buckets, prefixed };
}

/** All hits, in token order; per rule and start word only the longest term counts. */
export function matchAll(m: Matcher, tokens: Tokens): Hit[] {
  return matchRange(tokens, prepare(m, tokens), 0, tokens.ids.length);
}

/**
 * Hits whose tokens lie in [from, to) of a note-wide token list (prepared by `prepare`); the
 * words outside the range are invisible, exactly as if the range had been tokenized on its own.
 */
export function matchRange(tokens: Tokens, p: Prepared, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  for (let i = from; i < to; i++) matchAt(tokens, p, i, from, to, hits);
  return hits;
}

/** Per start word, the longest match of each rule (a few at most: plain arrays beat a Map here). */
const found: { rules: Rule[]; lens: number[]; count: number } = { rules: [], lens: [], count: 0 };

/**
 * The hits starting at token i, seeing only the tokens in [from, to), left in `found` (rule and word
 * count each, `found.count` of them). Returns the most words of any term it tried there (0: none),
 * which bounds how far the result looked.
 */
function findAt(tokens: Tokens, p: Prepared, i: number, from: number, to: number): number {
  found.count = 0;
  const words = p.words;
  const ids = tokens.ids;
  const id = ids[i] as number;
  const bucket = p.buckets[id];
  const pre = p.prefixed[id];
  if (!bucket && !pre) return 0;
  const next = i + 1 < to ? words[ids[i + 1] as number] : undefined;
  const pair = bucket && next !== undefined && bucket.bySecond.size > 0 ? bucket.bySecond.get(next) : undefined;
  const { rules, lens } = found;
  let count = 0;
  let reach = 0;
  for (let li = 0; li < 3; li++) {
    const list = li === 0 ? bucket?.any : li === 1 ? pair : pre;
    if (!list) continue;
    for (const e of list) {
      const n = e.words.length;
      if (n > reach) reach = n;
      if (i + n > to) continue;
      let k = 0;
      while (k < n && wordMatches(e, k, words[ids[i + k] as number] as string)) k++;
      if (k < n || blocked(e.rule, p, ids, i, i + k, from, to)) continue;
      let at = 0;
      while (at < count && rules[at] !== e.rule) at++;
      if (at === count) {
        rules[count] = e.rule;
        lens[count++] = k;
      } else if ((lens[at] as number) < k) lens[at] = k;
    }
  }
  found.count = count;
  return reach;
}

/** A hit of `rule` over tokens [i, tokEnd). */
const hitOf = (tokens: Tokens, rule: Rule, i: number, tokEnd: number): Hit => ({
  rule,
  start: tokens.starts[i] as number,
  end: tokens.ends[tokEnd - 1] as number,
  tok: i,
  tokEnd,
});

/** `findAt`, its hits appended to `hits`. */
function matchAt(tokens: Tokens, p: Prepared, i: number, from: number, to: number, hits: Hit[]): number {
  const reach = findAt(tokens, p, i, from, to);
  for (let r = 0; r < found.count; r++)
    hits.push(hitOf(tokens, found.rules[r] as Rule, i, i + (found.lens[r] as number)));
  return reach;
}

/**
 * Every start token's hits over the whole note, matched once, for ranges to reuse (`rangeHits`). Kept as
 * rules and end tokens, not Hit objects: a long note's hits live through the whole analysis, and as tens
 * of thousands of small objects each young-generation collection had to copy them (5–7 % of the time at
 * 40–200 KB). Ranges build their short-lived Hit objects from these.
 */
export interface NoteHits {
  rules: Rule[];
  tokEnds: Int32Array;
  /** Token i's hits are [first[i], first[i + 1]). */
  first: Int32Array;
  /** The most words of any term tried at token i (0: none): how far its result depends on the words after it. */
  reach: Int32Array;
}

/** Match the whole note once (every start token seeing every word). */
export function matchNote(tokens: Tokens, p: Prepared): NoteHits {
  const n = tokens.ids.length;
  const rules: Rule[] = [];
  let tokEnds = new Int32Array(Math.max(16, n >> 1));
  const first = new Int32Array(n + 1);
  const reach = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    first[i] = rules.length;
    reach[i] = findAt(tokens, p, i, 0, n);
    for (let r = 0; r < found.count; r++) {
      if (rules.length === tokEnds.length) {
        const grown = new Int32Array(tokEnds.length * 2);
        grown.set(tokEnds);
        tokEnds = grown;
      }
      tokEnds[rules.length] = i + (found.lens[r] as number);
      rules.push(found.rules[r] as Rule);
    }
  }
  first[n] = rules.length;
  return { rules, tokEnds, first, reach };
}

/**
 * The same hits as `matchRange(tokens, p, from, to)`, mostly taken from the whole-note match: a start
 * token's result can differ only where the range hides a word it looked at — the word before the range
 * (at its first token) or words at or past its end (within the token's reach) — and only those are
 * matched again.
 */
export function rangeHits(tokens: Tokens, p: Prepared, note: NoteHits, from: number, to: number): Hit[] {
  const out: Hit[] = [];
  for (let i = from; i < to; i++) {
    const r = note.reach[i] as number;
    if (r === 0) continue;
    if (i === from || i + r >= to) {
      matchAt(tokens, p, i, from, to, out);
      continue;
    }
    for (let h = note.first[i] as number, end = note.first[i + 1] as number; h < end; h++)
      out.push(hitOf(tokens, note.rules[h] as Rule, i, note.tokEnds[h] as number));
  }
  return out;
}
