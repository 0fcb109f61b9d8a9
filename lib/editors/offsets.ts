/**
 * Offsets are the shared currency (design §4): the engine speaks UTF-16 offsets into the text it
 * analysed; only this module maps them back to DOM positions, through the same walk that read them.
 */
import { adapterFor } from './adapters';
import { type Chunk, linearize } from './linearize';

/** A DOM boundary point. */
export interface DomPoint {
  node: Node;
  offset: number;
}

function pointIn(chunk: Chunk, at: number, edge: 'start' | 'end'): DomPoint | null {
  const node = chunk.node;
  if (!node) return null;
  if (node.nodeType === 3)
    return { node, offset: Math.min((chunk.nodeStart ?? 0) + at - chunk.start, (node as Text).data.length) };
  // a <br>: before it for a start (or an end inside it), after it for an end past it
  const parent = node.parentNode;
  if (!parent) return null;
  const index = Array.prototype.indexOf.call(parent.childNodes, node) as number;
  const after = edge === 'end' && at >= chunk.start + chunk.length;
  return { node: parent, offset: after ? index + 1 : index };
}

/** The DOM point for text offset `at`; ends prefer the chunk they close, starts the chunk they open. */
export function domPoint(chunks: readonly Chunk[], at: number, edge: 'start' | 'end'): DomPoint | null {
  const candidates = chunks.filter((c) => c.node !== null);
  for (const c of candidates) {
    const inside =
      edge === 'start' ? at >= c.start && at < c.start + c.length : at > c.start && at <= c.start + c.length;
    if (inside) return pointIn(c, at, edge);
  }
  // on a synthetic break or past the end: snap to the nearest real chunk
  const next = candidates.find((c) => c.start >= at);
  if (edge === 'start' && next) return pointIn(next, next.start, 'start');
  const prev = [...candidates].reverse().find((c) => c.start + c.length <= at);
  if (prev) return pointIn(prev, prev.start + prev.length, 'end');
  return next ? pointIn(next, next.start, 'start') : null;
}

/** The offset in the linear text of a DOM point inside `root` (inverse of `domPoint`, for text nodes). */
export function textOffset(chunks: readonly Chunk[], node: Node, offset: number): number | null {
  let found: number | null = null;
  for (const c of chunks) {
    if (c.node !== node) continue;
    const from = c.nodeStart ?? 0;
    // a Text node split around a zero-width character: the last stretch that starts at or before `offset`
    if (found === null || offset >= from) found = c.start + Math.max(0, Math.min(offset - from, c.length));
  }
  return found;
}

/** A Range over text offsets [start, end) of `root`, or null when they fall outside it. */
export function rangeForOffsets(
  root: Node,
  start: number,
  end: number,
  ignore?: (el: Element) => boolean,
): Range | null {
  const { chunks } = linearize(root, ignore);
  const a = domPoint(chunks, start, 'start');
  const b = domPoint(chunks, Math.max(start, end), 'end');
  const doc = root.ownerDocument ?? (root as Document);
  if (!a || !b || typeof doc.createRange !== 'function') return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** A Range over [start, end) of what `readFieldText(el)` returned, through the field's adapter (null for a textarea). */
export function rangeInField(el: Element, start: number, end: number): Range | null {
  const adapter = adapterFor(el);
  return adapter.range ? adapter.range(el, start, end) : rangeForOffsets(el, start, end, adapter.ignore);
}
