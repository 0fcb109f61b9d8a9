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

/** Alphanumeric runs of an already lower-cased text; `-`, `/`, `'` and `#` separate words. */
export function tokenize(lower: string): Tokens {
  const cap = (lower.length >> 1) + 1; // a word and a separator take at least two characters
  const ids = new Int32Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const vocab: string[] = [];
  const seen = new Map<string, number>();
  let n = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      const w = lower.slice(start, i);
      let id = seen.get(w);
      if (id === undefined) {
        id = vocab.length;
        vocab.push(w);
        seen.set(w, id);
      }
      ids[n] = id;
      starts[n] = start;
      ends[n++] = i;
      start = -1;
    }
  }
  return { vocab, ids: ids.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Words of a lexicon term; a trailing `*` marks a prefix. */
export function termWords(term: string): string[] {
  return asciiLower(term.toLowerCase()).match(/[a-z0-9]+\*?/g) ?? [];
}
