/** Property tests: any input gives a valid Analysis with sane offsets, quickly; and bounded input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../../lib/contracts/analysis';
import { analyze } from '../../../lib/engine';

function checkOffsets(text: string): void {
  const a = AnalysisSchema.parse(analyze(text));
  let last = 0;
  for (const s of a.segments) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text).toBe(text.slice(s.start, s.end));
    for (const e of s.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(s.start);
      expect(e.end).toBeLessThanOrEqual(s.end);
    }
    last = s.end;
  }
}

const clinical = fc
  .array(
    fc.constantFrom(
      'TA (12 min):',
      'LAQ 3x10',
      'w/',
      'pt.',
      'min A.',
      '\n',
      '- ',
      'for balance',
      'to simulate',
      '.',
      ';',
      'Goals:',
      'P:',
      "15'",
      '10:05–10:20',
      'declined',
      'group',
      'STM',
      '900 min',
      '1O min',
      ' ',
      'é',
      '😀',
      '<p>',
    ),
    { maxLength: 60 },
  )
  .map((xs) => xs.join(' '));

describe('engine properties', () => {
  it('random unicode never throws; offsets inside the text; sorted, non-overlapping; evidence inside', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkOffsets), { numRuns: 300 });
  });

  it('random clinical-ish notes keep the same invariants', () => {
    fc.assert(fc.property(clinical, checkOffsets), { numRuns: 300 });
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n  '],
    ['binary', '\u0000\u0001\u0002\u0003PK\u0003\u0004\ufffd\ufffd'.repeat(50)],
    ['HTML only', '<html><body><div><br></div><p></p></body></html>'],
    ['script', '<script>var ther_ex = "LAQ 3x10";</script><div></div>'],
  ])('%s input gives a valid Analysis with nothing coded', (_n, text) => {
    const a = AnalysisSchema.parse(analyze(text));
    expect(a.segments.filter((s) => s.code !== null)).toEqual([]);
    expect(a.suggested).toBeNull();
  });

  it('HTML with a note inside still reads the note', () => {
    const a = analyze('<p>TA (12 min): sit to stand x10 to simulate toilet transfers</p><p>LAQ 3x10</p>');
    expect(a.segments.map((s) => s.code)).toEqual(['97530', '97110']);
  });

  it('notes over 200,000 characters are cut at a line break with a note.truncated warning', () => {
    const line = 'LAQ 3x10 w/ 3# for quad strength 10 min.\n';
    const text = line.repeat(Math.ceil(210_000 / line.length));
    const a = AnalysisSchema.parse(analyze(text));
    const f = a.flags.find((x) => x.id === 'note.truncated');
    expect(f?.severity).toBe('warning');
    const m = /^Note is (\d+) characters; analysed the first (\d+)\.$/.exec(f?.message ?? '');
    expect(Number(m?.[1])).toBe(text.length);
    const cut = Number(m?.[2]);
    expect(cut).toBeLessThanOrEqual(200_000);
    expect(text[cut]).toBe('\n');
    expect(Math.max(...a.segments.map((s) => s.end))).toBeLessThanOrEqual(cut);
  });

  it('pathological lines do not blow up (no backtracking, no quadratic work)', () => {
    const inputs = [
      'a'.repeat(100_000),
      '1'.repeat(100_000),
      `${'for '.repeat(20_000)}balance`,
      ':'.repeat(100_000),
      '<'.repeat(50_000),
      `${'group declined will '.repeat(5000)}`,
    ];
    for (const t of inputs) {
      const t0 = performance.now();
      analyze(t);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
