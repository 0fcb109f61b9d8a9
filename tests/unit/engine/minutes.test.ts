/** Minutes per statement, implausible values flagged, and the note-level suggestion. */
import { describe, expect, it } from 'vitest';
import { findMinutes } from '../../../lib/engine/minutes';
import { one, run } from './helpers';

const value = (s: string) => findMinutes(s, 0, s.length).map((m) => m.value);

describe('minutes parsing', () => {
  it.each([
    ['TA (12 min): STS x10', [12]],
    ["Ther ex 15'", [15]],
    ["Bike x 10' L3", [10]],
    ['(15 minutes)', [15]],
    ['15 mins', [15]],
    ['10:05–10:20 gait', [15]],
    ['10:05-10:20 gait', [15]],
    ['12:50-1:05 TA', [15]],
    ['97110 - 15 min', [15]],
    ['NMR x 10 min', [10]],
    ['7.5 min', [7.5]],
    ['3x30s holds, x10 reps', []],
    ["Ambulated 150' x2", []],
  ])('%s → %j', (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  it.each(['900 min', '-5 min', '1O min', '181 minutes'])('%s is implausible (null)', (text) => {
    expect(value(text)).toEqual([null]);
  });
});

describe('minutes on segments', () => {
  it('a statement keeps its stated minutes', () => {
    expect(one('Gait training w/ RW (15 minutes), VC for step length.').minutes).toBe(15);
    expect(one('LAQ 3x10 w/ 3#.').minutes).toBeNull();
  });

  it.each(['Bike 900 min for endurance.', 'Ther ex 1O min: LAQ 3x10.', 'NMR -5 min: tandem stance.'])(
    '%s → minutes null and a minutes.implausible warning naming the value',
    (text) => {
      const a = run(text);
      expect(a.segments[0]?.minutes).toBeNull();
      const f = a.flags.find((x) => x.id === 'minutes.implausible');
      expect(f?.severity).toBe('warning');
      expect(f?.segments).toEqual([0]);
      expect(f?.message).toMatch(/900|1O|-5/);
    },
  );
});

describe('note-level suggestion', () => {
  it('is the code with most minutes', () => {
    const a = run('LAQ 3x10 for quad strength 10 min.\nSit to stand x10 to simulate toilet transfers 20 min.');
    expect(a.suggested).toBe('97530');
  });

  it('without minutes, the strongest evidence', () => {
    expect(run('Tandem stance on foam 4x30s for balance, CGA.').suggested).toBe('97112');
  });

  it('is null when nothing is billable', () => {
    expect(run('Pt declined therapy today.\nHot pack x 10 min.').suggested).toBeNull();
    expect(run('').suggested).toBeNull();
  });
});

describe('"min" as minimal assist is not minutes', () => {
  it.each([
    ['STS x 10 min A', []],
    ['3x10 min assist', []],
    ['LAQ 3x10 min VC', []],
    ['NMR x10 min', [10]],
    ['Ther ex x15min', [15]],
    ['12 min, min A', [12]],
  ])('%s → %j', (text, expected) => {
    expect(value(text)).toEqual(expected);
  });
});
