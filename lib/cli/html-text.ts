/**
 * HTML → plain text for exported notes (no DOM library: the CLI stays dependency-free). Block
 * elements and <br> become line breaks so the engine's sentence/line segmentation still works;
 * script, style and comments are dropped; entities are decoded.
 */

const BLOCK =
  /^(p|div|br|li|ul|ol|tr|table|thead|tbody|h[1-6]|section|article|header|footer|blockquote|pre|hr|dd|dt|dl|title|td|th)$/i;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  deg: '°',
  times: '×',
  frac12: '½',
  rarr: '→',
  larr: '←',
  harr: '↔',
  ge: '≥',
  le: '≤',
};

/** Decode named and numeric character references; unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const n = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff)
        ? String.fromCodePoint(n)
        : '\uFFFD';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The readable text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?(<\/\1\s*>|$)/gi, (_m, tag: string) =>
      // <head> holds metadata (title, meta), not the note: keep only a line break in its place.
      tag.toLowerCase() === 'head' ? '\n' : '',
    )
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_m, tag: string) => (BLOCK.test(tag) ? '\n' : ''))
    .replace(/<[!?][^>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
