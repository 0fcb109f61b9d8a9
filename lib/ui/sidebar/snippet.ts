/** Cut a readable snippet of a segment with its evidence marked (pure, so it is tested without a DOM). */
import type { Segment } from '../../contracts/analysis';

/** A run of snippet text, marked when it is evidence. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Split the segment's text (window of at most `max` chars around the first evidence) into marked runs. */
export function snippetParts(text: string, seg: Segment, max = 180): SnippetPart[] {
  const marks = seg.evidence
    .map((e) => [Math.max(e.start, seg.start), Math.min(e.end, seg.end)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let from = seg.start;
  let to = seg.end;
  if (to - from > max) {
    const first = marks[0]?.[0] ?? from;
    from = Math.max(seg.start, first - Math.floor(max / 3));
    to = Math.min(seg.end, from + max);
  }
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [a0, b0] of marks) {
    const a = Math.max(a0, at);
    const b = Math.min(b0, to);
    if (b <= a) continue;
    if (a > at) parts.push({ text: text.slice(at, a), mark: false });
    parts.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  if (from > seg.start && parts[0]) parts[0] = { ...parts[0], text: `…${parts[0].text}` };
  const last = parts[parts.length - 1];
  if (to < seg.end && last) parts[parts.length - 1] = { ...last, text: `${last.text}…` };
  return parts;
}
