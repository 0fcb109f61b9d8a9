/** Hand-built Segment arrays for the ledger tests (no classifier involved). */
import type { Segment } from '../../../lib/contracts/analysis';
import type { Code } from '../../../lib/contracts/codes';

/** A segment with sensible defaults; `text` is laid out after `at` so offsets stay plausible. */
export function seg(code: Code | null, minutes: number | null, text = '', over: Partial<Segment> = {}): Segment {
  return {
    start: 0,
    end: text.length,
    text,
    status: code === null ? 'other' : 'performed',
    code,
    alternatives: [],
    confidence: code === null ? 0 : 0.9,
    minutes,
    evidence: [],
    why: '',
    ...over,
  };
}

/** Segments laid end to end over a note built from their texts (one per line); returns both. */
export function note(parts: [Code | null, number | null, string, Partial<Segment>?][]): {
  text: string;
  segments: Segment[];
} {
  let text = '';
  const segments: Segment[] = [];
  for (const [code, minutes, t, over] of parts) {
    const start = text.length;
    text += `${t}\n`;
    segments.push(seg(code, minutes, t, { start, end: start + t.length, ...over }));
  }
  return { text, segments };
}
