/** findMissing: one item per (segment, code, element), blocks read together, session-wide response. */
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../lib/contracts/analysis';
import type { Code } from '../../../lib/contracts/codes';
import { blocksOf, findMissing } from '../../../lib/engine/completeness';
import { note, seg } from './helpers';

const elementsOf = (segments: Segment[], text: string) => findMissing(segments, text).map((m) => m.element);
const one = (code: Code, minutes: number | null, text: string) => note([[code, minutes, text]]);

describe('a single intervention', () => {
  it.each([
    ['97110', 15, 'Ther ex 15 min: LAQ 3x10 w/ 3# B LE for quad strength, VC for form, tolerated well', []],
    ['97110', 15, 'Ther ex 15 min: LAQ 3x10 w/ 3# for strength, VC for form, tolerated well', ['body-region']],
    ['97110', null, 'Ther ex: LAQ 3x10 w/ 3# B LE for quad strength, VC for form, tolerated well', ['minutes']],
    [
      '97110',
      10,
      'Ther ex performed 10 min',
      ['activity', 'body-region', 'purpose', 'dosage', 'skilled-input', 'response'],
    ],
    ['97530', 12, 'TA (12 min): sit to stand x10 to simulate toilet transfers, min A, pt fatigued after', []],
    ['97530', 12, 'TA (12 min): sit to stand x10, min A, pt fatigued after', ['purpose']],
    ['97530', 12, 'TA (12 min): sit to stand x10 for transfers, min A, pt fatigued after', []],
    ['97530', 12, 'TA (12 min): step-ups x10 to climb bus step, min A, pt fatigued after', []],
    ['97530', 12, 'TA (12 min): supine to sit x5, min A, pt fatigued after', ['purpose']],
    ['97530', 12, 'TA as tolerated 12 min', ['activity', 'purpose', 'dosage', 'skilled-input', 'response']],
    ['97112', 10, 'NMR 10 min: SLS on foam 4x30s for balance w/ CGA, LOB x2', []],
    ['97112', 10, 'NMR 10 min to improve balance', ['activity', 'dosage', 'skilled-input', 'response']],
    [
      '97116',
      15,
      'Gait training 15 min: amb 150 ft w/ RW, VC for step length, for safe gait; no LOB, tolerated well',
      [],
    ],
    // Gait training is its own purpose (domain.md §7): purpose is not checked for 97116.
    ['97116', 15, 'Gait training 15 min', ['activity', 'dosage', 'skilled-input', 'response']],
    ['97140', 8, 'Manual 8 min: grade III PA mobs L knee to improve flexion ROM, pain 2/10 after', []],
    // The technique is the skill, and dosage is not checked for 97140.
    ['97140', 8, 'Manual therapy 8 min', ['activity', 'body-region', 'purpose', 'response']],
    [
      '97535',
      15,
      'Self-care 15 min: LB dressing w/ reacher and sock aid 3 trials, instructed in hip precautions, able to don socks',
      [],
    ],
    // "ADL" names the home/self-care task the training is for: purpose present, activity still generic.
    ['97535', 15, 'ADL training 15 min', ['activity', 'skilled-input', 'response']],
    ['97150', 30, 'Group 30 min: 3 pts, seated UE circuit for endurance, therapist cueing, all tolerated well', []],
    // 97150 is untimed: only the activity and the response are checked.
    ['97150', null, 'Group ther ex', ['activity', 'response']],
  ] as const)('%s %s %j → %j', (code, minutes, text, expected) => {
    const n = one(code, minutes, text);
    expect(elementsOf(n.segments, n.text)).toEqual(expected);
  });
});

describe('items', () => {
  it('have index, code, message and hint', () => {
    const n = note([
      [null, null, 'S: pt reports knee pain 3/10'],
      ['97110', 15, 'Ther ex 15 min: bridges 3x10 for strength, VC for form, tolerated well'],
    ]);
    expect(findMissing(n.segments, n.text)).toEqual([
      {
        code: '97110',
        element: 'body-region',
        segment: 1,
        message: '97110: no body region named',
        hint: "Name the body region or muscle group exercised, e.g. 'B LE', 'R shoulder'.",
      },
    ]);
  });
  it('ignore segments that were not performed', () => {
    const n = note([['97530', null, 'Will progress to lifting next visit', { status: 'planned' }]]);
    expect(findMissing(n.segments, n.text)).toEqual([]);
  });
  it('a note-level total does not give an intervention its minutes', () => {
    const n = note([
      ['97110', null, 'Ther ex: LAQ 3x10 B LE for quad strength, VC, tolerated well'],
      [null, null, 'Total timed minutes: 15'],
    ]);
    expect(elementsOf(n.segments, n.text)).toEqual(['minutes']);
  });
});

describe('session-wide response', () => {
  const body: [Code, number, string][] = [
    ['97110', 15, 'TE 15 min: bridges 3x10 for glute strength, VC'],
    ['97112', 10, 'NMR 10 min: tandem stance 3x30s for balance, CGA'],
  ];
  it.each([
    ['Pt tolerated all interventions well.', []],
    ['Tolerated tx well.', []],
    ['Pt tolerated well.', []],
    ['Plan: continue POC.', ['response', 'response']],
  ])('%j → %j', (closing, expected) => {
    const n = note([...body, [null, null, closing]]);
    expect(
      findMissing(n.segments, n.text)
        .filter((m) => m.element === 'response')
        .map((m) => m.element),
    ).toEqual(expected);
  });
  it('a response inside one intervention counts only for it', () => {
    const n = note([
      ['97110', 15, 'TE 15 min: bridges 3x10 for glute strength, VC, tolerated well'],
      ['97112', 10, 'NMR 10 min: tandem stance 3x30s for balance, CGA'],
    ]);
    expect(findMissing(n.segments, n.text).map((m) => [m.code, m.element])).toEqual([['97112', 'response']]);
  });
});

describe('blocks', () => {
  it('list items under a heading are one block: elements anywhere count, reported once', () => {
    const n = note([
      ['97110', 15, 'Ther ex 15 min for B LE strength, VC for form:'],
      ['97110', null, '  - LAQ 3x10 3#'],
      ['97110', null, '  - SLR 2x10'],
      [null, null, 'Pt tolerated tx well.'],
    ]);
    expect(blocksOf(n.segments, n.text).map((b) => b.segments)).toEqual([[0, 1, 2]]);
    expect(findMissing(n.segments, n.text)).toEqual([]);
  });
  it('sentences on one line are one block', () => {
    const text = 'TE 15 min: clamshells 3x10 R hip for glute strength. VC for form. Tolerated well.';
    const parts = text.split(/(?<=\.) /);
    let at = 0;
    const segments = parts.map((p) => {
      const start = text.indexOf(p, at);
      at = start + p.length;
      return seg('97110', start === 0 ? 15 : null, p, { start, end: start + p.length });
    });
    expect(blocksOf(segments, text).map((b) => b.segments)).toEqual([[0, 1, 2]]);
    expect(findMissing(segments, text)).toEqual([]);
  });
  it('separate lines of the same code stay separate', () => {
    const n = note([
      ['97110', 10, 'TE 10 min: bridges 3x10 for glute strength, VC, tolerated well'],
      ['97110', 5, 'TE 5 min: hamstring stretch'],
    ]);
    expect(blocksOf(n.segments, n.text).map((b) => b.segments)).toEqual([[0], [1]]);
    expect(findMissing(n.segments, n.text).map((m) => [m.segment, m.element])).toEqual([
      [1, 'purpose'],
      [1, 'dosage'],
      [1, 'skilled-input'],
      [1, 'response'],
    ]);
  });
  it('a blank line ends a block', () => {
    const n = note([
      ['97110', 15, 'Ther ex 15 min:'],
      [null, null, ''],
      ['97110', null, '  - LAQ 3x10'],
    ]);
    expect(blocksOf(n.segments, n.text)).toHaveLength(2);
  });
  it('hand-built segments with offsets that do not match the text never merge and never crash', () => {
    const segments = [seg('97110', null, 'bridges'), seg('97110', Number.NaN, 'SLR')];
    expect(() => findMissing(segments, '')).not.toThrow();
    expect(blocksOf(segments, '')).toHaveLength(2);
  });
});

describe("session-wide response counts only today's text", () => {
  const body: [Code, number, string][] = [
    ['97110', 15, 'TE 15 min: bridges 3x10 for glute strength, VC'],
    ['97112', 10, 'NMR 10 min: tandem stance 3x30s for balance, CGA'],
  ];
  const responses = (n: ReturnType<typeof note>) =>
    findMissing(n.segments, n.text).filter((m) => m.element === 'response').length;
  it.each([
    ['negated', 'Pt declined stair training due to fatigue.'],
    ['goal', 'Goal: pt reports pain 2/10 or less with stairs.'],
    ['planned', 'Next visit: progress reps if no increase in pain.'],
    ['history', 'Last visit pt tolerated all interventions well.'],
  ] as const)('a %s line does not count', (status, line) => {
    expect(responses(note([...body, [null, null, line, { status }]]))).toBe(2);
  });
  it('a closing "Pt tolerated all interventions well" still counts', () => {
    expect(responses(note([...body, [null, null, 'Pt tolerated all interventions well.']]))).toBe(0);
  });
  it('a subjective report before the first intervention does not count', () => {
    const n = note([[null, null, 'S: Pt reports pain 4/10 this am.'], ...body]);
    expect(responses(n)).toBe(2);
  });
});
