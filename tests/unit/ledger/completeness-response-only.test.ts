/** A response-only sentence about an intervention already documented is not checked as a new intervention. */
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../lib/contracts/analysis';
import { findMissing } from '../../../lib/engine/completeness';

function seg(text: string, note: string, code: Segment['code'], minutes: number | null): Segment {
  const start = note.indexOf(text);
  return {
    start,
    end: start + text.length,
    text,
    status: 'performed',
    code,
    alternatives: [],
    confidence: 0.9,
    minutes,
    evidence: [],
    why: '',
  };
}

const ex = 'Ther ex 16 min: goblet squats 3x10 w/ 15# KB for quad strength, VC for knee alignment.';

describe('response-only blocks', () => {
  it('skips a response sentence when the code is documented with minutes', () => {
    const resp = 'No c/o knee pain during squats.';
    const note = `${ex}\n${resp}`;
    const missing = findMissing([seg(ex, note, '97110', 16), seg(resp, note, '97110', null)], note);
    expect(missing.filter((m) => m.segment === 1)).toEqual([]);
  });

  it('still checks it when no block of that code has minutes', () => {
    const resp = 'No c/o knee pain during squats.';
    const note = `Squats for quad strength.\n${resp}`;
    const missing = findMissing(
      [seg('Squats for quad strength.', note, '97110', null), seg(resp, note, '97110', null)],
      note,
    );
    expect(missing.some((m) => m.segment === 1 && m.element === 'minutes')).toBe(true);
  });

  it('still checks a second block that has its own dosage', () => {
    const more = 'Bridges 2x10, tolerated well.';
    const note = `${ex}\n${more}`;
    const missing = findMissing([seg(ex, note, '97110', 16), seg(more, note, '97110', null)], note);
    expect(missing.some((m) => m.segment === 1 && m.element === 'minutes')).toBe(true);
  });
});
