/** Word tokens with offsets. Lower-casing is ASCII-only so every offset stays a UTF-16 offset of the note. */

export interface Token {
  t: string;
  start: number;
  end: number;
}

/** ASCII lower-case (length-preserving, unlike `toLowerCase` on some non-ASCII letters). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** Alphanumeric runs of an already lower-cased text; `-`, `/`, `'` and `#` separate words. */
export function tokenize(lower: string): Token[] {
  const out: Token[] = [];
  const re = /[a-z0-9]+/g;
  for (let m = re.exec(lower); m; m = re.exec(lower)) out.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Words of a lexicon term; a trailing `*` marks a prefix. */
export function termWords(term: string): string[] {
  return asciiLower(term.toLowerCase()).match(/[a-z0-9]+\*?/g) ?? [];
}
