/** Segmentation: exact offsets, abbreviations, headings, flowsheet lines, bullets, blocks. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/engine/segment';
import { run, seg } from './helpers';

const texts = (t: string) => segment(t).pieces.map((p) => t.slice(p.start, p.end));

describe('segmentation', () => {
  it('segment.text is exactly text.slice(start, end), sorted and non-overlapping', () => {
    const note = 'S: Pt reports pain.\r\nO:\r\n- LAQ 3x10\r\n- SLR 3x10\r\n\r\nTA (12 min): STS x10.  Box lift x8.';
    const a = run(note);
    let last = 0;
    for (const s of a.segments) {
      expect(s.text).toBe(note.slice(s.start, s.end));
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
  });

  it.each([
    'Pt. ambulated 150 ft w/ RW and min A. for safety',
    'B LE strengthening w/ 2# cuff weights x10 e.g. LAQ and SLR',
    'Pt performed 3x30s holds approx. 5 times w/ CGA',
    'Resisted rows w/ 2.5 lb dumbbell, VC/TC for scapular retraction',
    'Reaching tasks, min A. pt required rest breaks',
  ])('clinical abbreviations do not break the sentence: %s', (line) => {
    expect(texts(line)).toEqual([line]);
  });

  it('splits real sentence ends', () => {
    expect(texts('LAQ 3x10 w/ 3#. Tandem stance 4x30s! Pt tolerated well.')).toEqual([
      'LAQ 3x10 w/ 3#.',
      'Tandem stance 4x30s!',
      'Pt tolerated well.',
    ]);
  });

  it.each([
    ['Gait training w/ RW 150 ft x2, CGA, 15 min. Manual therapy: grade II mobs, 10 min.', 2],
    ['Pt seen for 45 min. Gait training with RW 150 ft.', 2],
    ['Rows w/ 2 lb. Pt tolerated well.', 2],
    ['STS x10 w/ min assist. Pt fatigued.', 2],
    ['Ther ex 10 min. min A for transfers.', 1],
    ['Sit to stand 10 min. A for safety, VC for hand placement.', 1],
  ])('a unit after a number ends the sentence before a capitalised word: %s', (note, pieces) => {
    expect(texts(note as string)).toHaveLength(pieces as number);
  });

  it('narrative minutes stay with their own intervention', () => {
    const a = run(
      'Gait training with RW 150 ft, cues for step length, 15 min. Therapeutic exercise 12 min: heel slides 2x15 for quad strength.',
    );
    expect(a.codes.map((c) => [c.code, c.minutes])).toEqual([
      ['97116', 15],
      ['97110', 12],
    ]);
  });

  it('"min A." before a new sentence ends the sentence', () => {
    expect(texts('Sit to stand x10, min A. Pt fatigued quickly.')).toEqual([
      'Sit to stand x10, min A.',
      'Pt fatigued quickly.',
    ]);
  });

  it('SOAP headings are not segments; their content is', () => {
    const t = 'Subjective: Pt reports knee pain.\nO:\nLAQ 3x10\nAssessment\nGood progress.\nP: progress load';
    expect(texts(t)).toEqual(['Pt reports knee pain.', 'LAQ 3x10', 'Good progress.', 'progress load']);
  });

  it('bullets and numbered lists start a segment after the marker', () => {
    expect(texts('• LAQ 3x10\n* SLR 3x10\n1. Clamshells\n2) Bridges\n- Heel raises')).toEqual([
      'LAQ 3x10',
      'SLR 3x10',
      'Clamshells',
      'Bridges',
      'Heel raises',
    ]);
  });

  it('flowsheet lines with minutes are segments with minutes', () => {
    const a = run("Ther ex 15'\nNMR x 10 min\n97110 - 15 min\n10:05–10:20 gait training w/ RW");
    expect(a.segments.map((s) => [s.code, s.minutes])).toEqual([
      ['97110', 15],
      ['97112', 10],
      ['97110', 15],
      ['97116', 15],
    ]);
  });

  it('a heading with minutes covers its items once (no double counting)', () => {
    const a = run(
      'TA (12 min):\n- sit to stand x10 to simulate toilet transfers\n- box lift 10# x8 for return to work\n',
    );
    // One labelled block, one code: one intervention spanning both items (domain.md §12).
    expect(a.segments).toHaveLength(1);
    expect(a.segments[0]?.text).toMatch(/^sit to stand[\s\S]*return to work$/);
    expect(a.segments.map((s) => s.code)).toEqual(['97530']);
    expect(a.segments.reduce((t, s) => t + (s.minutes ?? 0), 0)).toBe(12);
    expect(a.codes.find((c) => c.code === '97530')?.minutes).toBe(12);
  });

  it('a plain-line block under "Ther ex (20 min):" keeps 20 min on 97110', () => {
    const a = run('Ther ex (20 min):\nLAQ 3x10 w/ 3#\nSLR 3x10\nClamshells 2x15\n\nNMR 10 min: SLS 3x20s for balance');
    expect(a.codes.find((c) => c.code === '97110')?.minutes).toBe(20);
    expect(a.codes.find((c) => c.code === '97112')?.minutes).toBe(10);
  });

  it('items that state their own minutes are not given the heading minutes again', () => {
    const a = run('Ther ex (20 min):\n- bike 10 min for endurance\n- SLR 3x10, 10 min\n');
    expect(a.codes.find((c) => c.code === '97110')?.minutes).toBe(20);
  });

  it('note-level totals lines are not intervention segments', () => {
    const a = run('LAQ 3x10 12 min\nTimed min: 37. Total treatment time 45 min.');
    for (const p of ['Timed min: 37', 'Total treatment time 45 min']) {
      expect(seg(a, p).code).toBeNull();
      expect(seg(a, p).status).toBe('other');
    }
  });

  it('a narrative paragraph splits into sentences with their own codes', () => {
    const a = run(
      'Pt arrived ambulating with SPC. Gait training w/ SPC 200 ft x2 with VC for heel strike. Then completed LB dressing w/ reacher, min A. Tandem stance on foam 3x30s for balance.',
    );
    expect(a.segments.filter((s) => s.code).map((s) => s.code)).toEqual(['97116', '97535', '97112']);
  });
});

describe('real note layouts', () => {
  it('a pipe table with a "Min" column gives each row its minutes', () => {
    const a = run(
      'CPT | Intervention | Params | Min\n97110 | Rows green TB for scapular strength | 3x12 | 18\n97140 | STM L upper trap | 5 min total? | \n97112 | Rhythmic stabilization for proprioception | 3x30s | 8\n',
    );
    expect(a.codes.find((c) => c.code === '97110')?.minutes).toBe(18);
    expect(a.codes.find((c) => c.code === '97112')?.minutes).toBe(8);
    const row = seg(a, 'Rows green TB');
    const t = row.evidence.find((e) => e.kind === 'time');
    expect(a.segments.length).toBe(3);
    expect(t && row.text.slice(t.start - row.start, t.end - row.start)).toBe('18');
  });

  it('a timed treatment line ends a Subjective paragraph without an "O:" heading', () => {
    const a = run(
      'Subjective: dizziness with head turns.\nBalance (13 min): tandem stance on foam 3x30s to improve balance, CGA.',
    );
    expect(seg(a, 'tandem stance').status).toBe('performed');
    expect(a.codes).toEqual([expect.objectContaining({ code: '97112', minutes: 13 })]);
  });

  it('"following group" is not group therapy', () => {
    expect(
      run('Individual tx following group: 10 min stair training 8 steps w/ rails, step-to pattern.').suggested,
    ).toBe('97116');
  });
});
