/** Word tokens with offsets. Lower-casing is ASCII-only so every offset stays a UTF-16 offset of the note. */

/**
 * Word tokens as parallel typed arrays, each word interned once: `ids[i]` indexes `vocab`. A long note's
 * tokens stay out of the garbage collector (plain arrays over 16K entries live in V8's large-object
 * space and made a 200 KB note cost 19× a 20 KB one), and per-word work (spelling, index lookups) is
 * done once per distinct word.
 */
export interface Tokens {
  /** Distinct words, in order of first appearance. */
  vocab: string[];
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** ASCII lower-case (length-preserving, unlike `toLowerCase` on some non-ASCII letters). */
export function asciiLower(text: string): string {
  // Native lower-casing is length-preserving for ASCII; only other text needs the letter-by-letter path.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/**
 * Lower-cased text for tokenizing only: like `asciiLower`, but also lowers non-ASCII letters when that
 * keeps every offset and makes no new ASCII letter (every code point but U+0130 and U+212A, checked
 * exhaustively). Words are ASCII runs, so the tokens are exactly those of `asciiLower`, found faster.
 */
export function lowerForWords(text: string): string {
  return /[\u0130\u212a]/.test(text) ? asciiLower(text) : text.toLowerCase();
}

/**
 * Alphanumeric runs of an already lower-cased text; `-`, `/`, `'` and `#` separate words. Words are
 * interned through a small open-addressing table keyed by a hash computed while scanning, so a word
 * seen before costs a character comparison, not a new string.
 */
export function tokenize(lower: string): Tokens {
  const cap = (lower.length >> 1) + 1; // a word and a separator take at least two characters
  const ids = new Int32Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const vocab: string[] = [];
  const hashes: number[] = [];
  let size = 256;
  let table: Int32Array = new Int32Array(size).fill(-1);
  let n = 0;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
      continue;
    }
    if (start < 0) continue;
    const len = i - start;
    let slot = h & (size - 1);
    let id = table[slot] as number;
    while (id >= 0 && !(hashes[id] === h && sameWord(vocab[id] as string, lower, start, len))) {
      slot = (slot + 1) & (size - 1);
      id = table[slot] as number;
    }
    if (id < 0) {
      id = vocab.length;
      vocab.push(lower.slice(start, i));
      hashes.push(h);
      table[slot] = id;
      if (vocab.length * 2 > size) {
        size *= 2;
        table = rehash(hashes, size);
      }
    }
    ids[n] = id;
    starts[n] = start;
    ends[n++] = i;
    start = -1;
  }
  return { vocab, ids: ids.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Whether `word` is lower[start, start + len). */
function sameWord(word: string, lower: string, start: number, len: number): boolean {
  if (word.length !== len) return false;
  for (let k = 0; k < len; k++) if (word.charCodeAt(k) !== lower.charCodeAt(start + k)) return false;
  return true;
}

/** A table of `size` slots (a power of two) holding every word id at its hash's slot. */
function rehash(hashes: readonly number[], size: number): Int32Array {
  const table = new Int32Array(size).fill(-1);
  for (let id = 0; id < hashes.length; id++) {
    let slot = (hashes[id] as number) & (size - 1);
    while ((table[slot] as number) >= 0) slot = (slot + 1) & (size - 1);
    table[slot] = id;
  }
  return table;
}

/** Words of a lexicon term; a trailing `*` marks a prefix. */
export function termWords(term: string): string[] {
  return asciiLower(term.toLowerCase()).match(/[a-z0-9]+\*?/g) ?? [];
}
