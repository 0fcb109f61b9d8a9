/** Compiles lexicon rules into a word index and finds every rule hit in one linear pass over the tokens. */
import { Speller } from './fuzzy';
import type { Rule } from './lexicon';
import { type Tokens, termWords } from './tokens';

interface Entry {
  rule: Rule;
  words: string[];
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

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
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
        prefix.set(key, [...(prefix.get(key) ?? []), { rule, words }]);
      } else {
        const b = exact.get(first) ?? { any: [], bySecond: new Map<string, Entry[]>() };
        const second = words[1];
        if (second && !second.endsWith('*'))
          b.bySecond.set(second, [...(b.bySecond.get(second) ?? []), { rule, words }]);
        else b.any.push({ rule, words });
        exact.set(first, b);
      }
    }
  }
  return { exact, prefix, speller: new Speller(known) };
}

function blocked(rule: Rule, words: readonly string[], i: number, end: number): boolean {
  const prev = words[i - 1];
  if (rule.notAfter && prev !== undefined && rule.notAfter.includes(prev)) return true;
  if (rule.notBefore) {
    const next = words[end];
    if (
      next !== undefined &&
      ((/^\d/.test(next) && rule.notBefore.includes('#digit')) || rule.notBefore.includes(next))
    )
      return true;
  }
  return false;
}

/** All hits, in token order; per rule and start word only the longest term counts. */
export function matchAll(m: Matcher, tokens: Tokens): Hit[] {
  const words = tokens.words.map((t) => m.speller.correct(t));
  const hits: Hit[] = [];
  const best = new Map<Rule, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const bucket = m.exact.get(w);
    const next = words[i + 1];
    const pair = bucket && next !== undefined ? bucket.bySecond.get(next) : undefined;
    const pre = w.length >= 3 && m.prefix.size > 0 ? m.prefix.get(key3(w)) : undefined;
    if (!bucket && !pre) continue;
    best.clear();
    for (let li = 0; li < 3; li++) {
      const list = li === 0 ? bucket?.any : li === 1 ? pair : pre;
      if (!list) continue;
      for (const e of list) {
        let k = 0;
        while (k < e.words.length && i + k < words.length && wordMatches(e.words[k] as string, words[i + k] as string))
          k++;
        if (k < e.words.length || blocked(e.rule, words, i, i + k)) continue;
        if ((best.get(e.rule) ?? 0) < k) best.set(e.rule, k);
      }
    }
    for (const [rule, k] of best) {
      hits.push({
        rule,
        start: tokens.starts[i] as number,
        end: tokens.ends[i + k - 1] as number,
        tok: i,
        tokEnd: i + k,
      });
    }
  }
  return hits;
}
