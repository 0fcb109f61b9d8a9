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
 * Alphanumeric runs of a text, lower-cased (ASCII A–Z folded as they are read, so the tokens are those
 * of `asciiLower(text)` and a whole note needs no lower-cased copy); `-`, `/`, `'` and `#` separate words.
 * Words are interned through a small open-addressing table keyed by a hash computed while scanning, so
 * a word seen before costs a character comparison, not a new string.
 */
export function tokenize(text: string): Tokens {
  const cap = (text.length >> 1) + 1; // a word and a separator take at least two characters
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
  let upper = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 0;
    const capital = c >= 65 && c <= 90;
    if (capital) c += 32;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) {
        start = i;
        h = 0;
        upper = false;
      }
      if (capital) upper = true;
      h = (Math.imul(h, 31) + c) | 0;
      continue;
    }
    if (start < 0) continue;
    const len = i - start;
    let slot = h & (size - 1);
    let id = table[slot] as number;
    while (id >= 0 && !(hashes[id] === h && sameWord(vocab[id] as string, text, start, len))) {
      slot = (slot + 1) & (size - 1);
      id = table[slot] as number;
    }
    if (id < 0) {
      id = vocab.length;
      const raw = text.slice(start, i);
      vocab.push(upper ? raw.toLowerCase() : raw); // an ASCII word: toLowerCase folds only A–Z
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

/** Whether the lower-case `word` is text[start, start + len) with A–Z folded. */
function sameWord(word: string, text: string, start: number, len: number): boolean {
  if (word.length !== len) return false;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(start + k);
    if (word.charCodeAt(k) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
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
