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

/** A script or style block longer than this is left as it is (as the former regex did). */
const MAX_BLOCK = 20_000;
const BLOCK_OPEN = /<(script|style)\b/gi;
const BLOCK_CLOSE = /<\/(script|style)\s*>/gi;

/**
 * `<script>…</script>` and `<style>…</style>` blocks replaced by spaces, in linear time. A lazy
 * regex scanned up to 20,000 characters for every opener, so 100 KB of unclosed `<style` took
 * most of a second; here every closer is found once and each opener takes the next one after it.
 */
function maskBlocks(text: string): string {
  const closers: Record<string, [number, number][]> = { script: [], style: [] };
  for (const m of text.matchAll(BLOCK_CLOSE))
    closers[(m[1] as string).toLowerCase()]?.push([m.index, m.index + m[0].length]);
  if (closers.script?.length === 0 && closers.style?.length === 0) return text;
  const next: Record<string, number> = { script: 0, style: 0 };
  const parts: string[] = [];
  let last = 0;
  BLOCK_OPEN.lastIndex = 0;
  for (let m = BLOCK_OPEN.exec(text); m; m = BLOCK_OPEN.exec(text)) {
    const name = (m[1] as string).toLowerCase();
    const list = closers[name] as [number, number][];
    const bodyStart = m.index + m[0].length;
    let i = next[name] as number;
    while (i < list.length && (list[i] as [number, number])[0] < bodyStart) i++;
    next[name] = i; // openers only move forward, so neither does this pointer
    const close = list[i];
    if (!close || close[0] - bodyStart > MAX_BLOCK) continue;
    parts.push(text.slice(last, m.index), ' '.repeat(close[1] - m.index));
    last = close[1];
    BLOCK_OPEN.lastIndex = close[1];
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * The same text with markup replaced by spaces (same length, so offsets still hold); block tags become a
 * line break so paragraphs still split. Only applied when the text really contains tags.
 */
export function maskMarkup(text: string): string {
  const tags = text.match(/<[a-zA-Z/!][^<>]{0,500}>/g);
  if (!tags || tags.length < 2) return text;
  return maskBlocks(text)
    .replace(/<[a-zA-Z/!][^<>]{0,500}>/g, (s) =>
      BLOCK_TAG.test(s) ? `\n${' '.repeat(s.length - 1)}` : ' '.repeat(s.length),
    )
    .replace(/&(nbsp|amp|lt|gt|quot|#\d{1,5});/g, (s) => ' '.repeat(s.length));
}

/**
 * A smartphrase wildcard ("***"), a fill-in blank ("____"), an Epic SmartList left unchosen
 * ("{Response:30411}", "{Blank single:19197::"***"}") or an unresolved SmartLink ("@NAME@") that the
 * therapist has not replaced.
 */
const PLACEHOLDER = /\*{3,}|_{3,}|\{[^{}\n]{1,60}:\d{3,}[^{}\n]{0,60}\}|@[A-Z][A-Z0-9_]{1,30}(?:\([^()\n]{0,40}\))?@/g;
/** An empty check box opening a template line ("[ ] Manual therapy ___ min", "☐ Gait"): not done today. */
export const UNCHECKED_LINE = /^[ \t]*(?:[-*•][ \t]*)?(?:\[[ \t]?\]|\([ \t]?\)|☐|□)/;

/**
 * The same text with template blanks replaced by spaces (same length): "Therapeutic Exercise: ***" is a
 * label with nothing documented under it, not an intervention. Also says whether there were any.
 */
export function maskPlaceholders(text: string): { view: string; found: boolean } {
  if (!text.includes('***') && !text.includes('___') && !text.includes('{') && !text.includes('@'))
    return { view: text, found: false };
  let found = false;
  const view = text.replace(PLACEHOLDER, (s, at: number) => {
    // A blank on a line whose box is unchecked ("[ ] Manual therapy ___ min") is meant to stay empty.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (!UNCHECKED_LINE.test(text.slice(lineStart, at))) found = true;
    return ' '.repeat(s.length);
  });
  return { view, found };
}
