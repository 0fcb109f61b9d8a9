/** Input bounds: truncation of huge notes, binary detection, and HTML markup masked to spaces. */

/** Notes longer than this are analysed up to a line break near it. */
export const MAX_CHARS = 200_000;

/** Where to cut a too-long note: the last line break in the final 2,000 characters before the limit. */
export function cutPoint(text: string): number {
  if (text.length <= MAX_CHARS) return text.length;
  const nl = text.lastIndexOf('\n', MAX_CHARS);
  return nl > MAX_CHARS - 2000 ? nl : MAX_CHARS;
}

/** True when the text looks like binary data rather than a note (control characters, replacement chars). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (!sample) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // C0 controls other than tab/newline/carriage return, and U+FFFD from a failed decode.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.05;
}

const BLOCK_TAG = /^<\/?(p|div|br|li|ul|ol|tr|td|h[1-6]|table|section|article)\b/i;

/**
 * The same text with markup replaced by spaces (same length, so offsets still hold); block tags become a
 * line break so paragraphs still split. Only applied when the text really contains tags.
 */
export function maskMarkup(text: string): string {
  const tags = text.match(/<[a-zA-Z/!][^<>]{0,500}>/g);
  if (!tags || tags.length < 2) return text;
  return text
    .replace(/<(script|style)\b[\s\S]{0,20000}?<\/\1\s*>/gi, (s) => ' '.repeat(s.length))
    .replace(/<[a-zA-Z/!][^<>]{0,500}>/g, (s) =>
      BLOCK_TAG.test(s) ? `\n${' '.repeat(s.length - 1)}` : ' '.repeat(s.length),
    )
    .replace(/&(nbsp|amp|lt|gt|quot|#\d{1,5});/g, (s) => ' '.repeat(s.length));
}
