// A note cut by the content script and again by the engine is reported against its real length.
import { expect, test } from 'vitest';
import { reportTruncation } from '../../lib/background/truncation';
import { analyze } from '../../lib/engine';

const NOTE = 'Ther ex 15 min: LAQ 3x10 for quad strength.\n';

test('a short note passes through untouched', () => {
  const a = analyze(NOTE);
  const out = reportTruncation(a, NOTE, NOTE.length);
  expect(out.analysis).toBe(a);
  expect(out.text).toBe(NOTE);
});

test('cut by the content script only: the flag names the real length', () => {
  const a = analyze(NOTE);
  const out = reportTruncation(a, NOTE, 5_000_000);
  const flags = out.analysis.flags.filter((f) => f.id === 'note.truncated');
  expect(flags.map((f) => f.message)).toEqual([
    `Note is too long: analysed the first ${NOTE.length} of 5,000,000 characters.`,
  ]);
});

test('cut twice: one flag, the engine cut against the real length, and only the analysed text is passed on', () => {
  const sent = NOTE.repeat(50_000); // 2.2 M chars arrive; the engine analyses about 200 K of them
  const a = analyze(sent);
  const out = reportTruncation(a, sent, 5_000_000);
  const flags = out.analysis.flags.filter((f) => f.id === 'note.truncated');
  expect(flags).toHaveLength(1);
  const m = /analysed the first ([\d,]+) of 5,000,000 characters/.exec(flags[0]?.message ?? '');
  const analysed = Number((m?.[1] ?? '').replaceAll(',', ''));
  expect(analysed).toBeGreaterThan(190_000);
  expect(analysed).toBeLessThanOrEqual(200_000);
  expect(out.text.length).toBe(analysed);
  for (const s of out.analysis.segments) expect(s.end).toBeLessThanOrEqual(analysed);
});
