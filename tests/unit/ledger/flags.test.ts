/** findFlags: each flag has a case that raises it and one that does not. */
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../lib/contracts/analysis';
import type { Code } from '../../../lib/contracts/codes';
import { findFlags } from '../../../lib/engine/flags';
import { buildLedger } from '../../../lib/engine/ledger';
import { unitMentions } from '../../../lib/engine/units-in-note';
import { note } from './helpers';

type Part = [Code | null, number | null, string, Partial<Segment>?];

function flagsOf(parts: Part[]) {
  const n = note(parts);
  return findFlags(n.segments, n.text, buildLedger(n.segments, n.text).codes);
}
const ids = (parts: Part[]) => flagsOf(parts).map((f) => f.id);
const good = (code: Code, minutes: number, text: string): Part => [code, minutes, text];

// A fully documented line per code, so only the flag under test fires.
const TE = good('97110', 15, 'TE 15 min: bridges 3x10 B LE for glute strength, VC, tolerated well');
const TA = good('97530', 15, 'TA 15 min: box lifts 10# x10 to simulate work tasks, min A, tolerated well');
const MT = good('97140', 10, 'MT 10 min: grade III PA mobs L knee for ROM, pain 2/10 after');

describe('flags', () => {
  it.each<[string, string, Part[], Part[]]>([
    [
      'ncci.97140-97530',
      'warning',
      [
        ['97140', null, 'STM to R upper trap for pain relief'],
        ['97530', 20, 'TA 20 min: box lifts 10# x10 to simulate work, min A'],
      ],
      [TE, MT],
    ],
    [
      'ncci.97530-97164',
      'warning',
      [TA, [null, null, 'Re-eval performed today (97164).']],
      [TA, [null, null, 'Re-eval next visit.', { status: 'planned' }]],
    ],
    [
      'group-language',
      'warning',
      [['97110', 15, 'TE 15 min in group w/ 3 pts: bridges 3x10 B LE for strength, VC, tolerated well']],
      [TE, ['97150', 30, 'Group 30 min: 3 pts UE circuit for endurance, cueing, tolerated well']],
    ],
    [
      'units.note-overstated',
      'warning',
      [
        ['97530', 20, 'TA 20 min: box lifts 10# x10 to simulate work tasks, min A, tolerated well'],
        [null, null, 'Billed 97530 x3'],
      ],
      [TA, [null, null, 'Billed 97530 x1']],
    ],
    [
      'units-instead-of-minutes',
      'warning',
      [TE, [null, null, 'US x1 unit to R shoulder']],
      [TE, [null, null, 'US 8 min x1 unit to R shoulder']],
    ],
    [
      'skill.possibly-unskilled',
      'warning',
      [['97110', 10, 'Walked 6 laps in hallway for endurance 10 min']],
      [['97116', 10, 'Gait 10 min: walked 150 ft w/ RW, VC for step length']],
    ],
    [
      'discipline.mixed',
      'warning',
      [TE, [null, null, '97110-GP, 97535-GO']],
      [TE, [null, null, '97110-GP per PT plan of care']],
    ],
    ['documentation.vague', 'warning', [['97110', 15, 'Ther ex performed 15 min']], [TE]],
  ])('%s (%s) is raised, and not in the clean case', (id, severity, raises, clean) => {
    const f = flagsOf(raises).find((x) => x.id === id);
    expect(f?.severity).toBe(severity);
    expect(f?.message.length).toBeGreaterThan(20);
    expect(ids(clean)).not.toContain(id);
  });

  it('97140 + 97530 with their own minutes: distinct blocks appear documented (info)', () => {
    const f = flagsOf([MT, TA, good('97140', 5, 'MT 5 min: STM R quad for pain relief, tolerated well')]).find(
      (x) => x.id === 'ncci.97140-97530',
    );
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/distinct time blocks.*appear documented/);
    expect(f?.segments).toEqual([0, 1, 2]);
  });
  it('97140 + 97530 with clock ranges only: info', () => {
    const f = flagsOf([
      ['97140', null, 'MT 10:00-10:10: STM R quad'],
      ['97530', null, 'TA 10:10-10:25: box lifts x10'],
    ]).find((x) => x.id === 'ncci.97140-97530');
    expect(f?.severity).toBe('info');
  });
  it.each(['Re-eval due in 2 weeks.', 'Plan: re-evaluation next visit.', 'Will re-eval on 12/1.'])(
    'a future re-evaluation (%j) is not today',
    (line) => expect(ids([TA, [null, null, line]])).not.toContain('ncci.97530-97164'),
  );
  it('97150 with a re-evaluation is the same NCCI pair', () =>
    expect(
      ids([
        ['97150', 30, 'Group 30 min UE circuit'],
        [null, null, 'PT re-evaluation completed.'],
      ]),
    ).toContain('ncci.97150-97164'));
  it('"muscle group" is anatomy, not group therapy', () =>
    expect(ids([['97110', 15, 'TE 15 min: hip abductor muscle group strengthening 3x10, VC']])).not.toContain(
      'group-language',
    ));
  it('units the minutes do support raise nothing', () =>
    expect(ids([['97110', 25, 'TE 25 min (2 units): bridges 3x10 B LE for strength, VC, tolerated well']])).toEqual(
      [],
    ));
  it('TE 2u without minutes anywhere is units instead of minutes', () =>
    expect(ids([['97110', null, 'TE 2u: bridges 3x10 B LE for strength, VC, tolerated well']])).toContain(
      'units-instead-of-minutes',
    ));
  it('97150 x1 is how group therapy is billed: no unit flag', () =>
    expect(ids([[null, null, '97150 x1']]).filter((id) => id.startsWith('units'))).toEqual([]));
  it('a total of units above the CMS total is overstated', () =>
    expect(ids([TE, [null, null, 'Total units: 3']])).toContain('units.note-overstated'));
  it('independent HEP repetition is possibly unskilled; HEP progression with instruction is not', () => {
    expect(ids([['97110', 10, 'Pt performed HEP independently 10 min']])).toContain('skill.possibly-unskilled');
    expect(ids([['97110', 10, 'HEP reviewed and progressed, instructed in 2 new exercises 10 min']])).not.toContain(
      'skill.possibly-unskilled',
    );
  });
  it('discipline.mixed points at the lines with the cues', () =>
    expect(
      flagsOf([TE, [null, null, '97110-GP'], [null, null, 'per OT plan of care']]).find(
        (f) => f.id === 'discipline.mixed',
      )?.segments,
    ).toEqual([1, 2]));
  it('never crashes on odd minutes', () =>
    expect(() =>
      flagsOf([
        ['97140', Number.NaN, 'MT'],
        ['97530', -4, 'TA x3 units'],
      ]),
    ).not.toThrow());
});

describe('unit mentions', () => {
  it.each([
    ['97530 x3', '97530', 3],
    ['97110 x 2 units', '97110', 2],
    ['TE 2u', '97110', 2],
    ['ther ex 2 units', '97110', 2],
    ['US x1 unit', null, 1],
    ['Total units: 4', 'total', 4],
  ])('%j → %s × %s', (text, code, units) => expect(unitMentions(text)).toMatchObject([{ code, units }]));
  it.each(['bridges x10', 'TE 15 min: LAQ 3x10', '97110: bridges x10 reps', 'SLS 3x30s'])('%j has none', (text) =>
    expect(unitMentions(text)).toEqual([]),
  );
});
