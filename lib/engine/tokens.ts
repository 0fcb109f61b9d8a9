/** Word tokens with offsets. Lower-casing is ASCII-only so every offset stays a UTF-16 offset of the note. */

/** Word tokens as parallel arrays (no object per word: large notes stay out of the garbage collector). */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
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
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      words.push(lower.slice(start, i));
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  return { words, starts, ends };
}

/** Words of a lexicon term; a trailing `*` marks a prefix. */
export function termWords(term: string): string[] {
  return asciiLower(term.toLowerCase()).match(/[a-z0-9]+\*?/g) ?? [];
}
