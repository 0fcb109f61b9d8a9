/** CMS 8-minute rule and AMA midpoint units: every worked example of domain.md §3–4. */
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../lib/contracts/codes';
import { buildLedger } from '../../../lib/engine/ledger';
import { allocateCms, amaUnits, unitsForMinutes } from '../../../lib/engine/units';
import { seg } from './helpers';

type Row = [string, [Code, number | null][], Record<string, [number, number]>, [number, number], boolean];

// name, code minutes, expected per-code [cms, ama], expected totals [cms, ama], CMS tie expected
const EXAMPLES: Row[] = [
  [
    'manual ex 1: 97112 24 + 97110 23',
    [
      ['97112', 24],
      ['97110', 23],
    ],
    { '97112': [2, 2], '97110': [1, 2] },
    [3, 4],
    false,
  ],
  [
    'manual ex 2: 97112 20 + 97110 20 (tie)',
    [
      ['97112', 20],
      ['97110', 20],
    ],
    { '97112': [1, 1], '97110': [2, 1] },
    [3, 2],
    true,
  ],
  [
    'manual ex 3: 97110 33 + 97140 7',
    [
      ['97110', 33],
      ['97140', 7],
    ],
    { '97110': [2, 2], '97140': [1, 0] },
    [3, 2],
    false,
  ],
  // Ex 4 without its ultrasound: T = 41 → 3 units. The full example (with 97035 8 min) is tested below.
  [
    'manual ex 4 less 97035: 97110 18 + 97140 13 + 97116 10',
    [
      ['97110', 18],
      ['97140', 13],
      ['97116', 10],
    ],
    { '97110': [1, 1], '97140': [1, 1], '97116': [1, 1] },
    [3, 3],
    false,
  ],
  [
    'manual ex 5: 97112 7 + 97110 7 + 97140 7 (tie)',
    [
      ['97112', 7],
      ['97110', 7],
      ['97140', 7],
    ],
    { '97112': [0, 0], '97110': [1, 0], '97140': [0, 0] },
    [1, 0],
    true,
  ],
  [
    'AMA cmp: 97110 7 + 97140 7',
    [
      ['97110', 7],
      ['97140', 7],
    ],
    { '97110': [1, 0], '97140': [0, 0] },
    [1, 0],
    true,
  ],
  [
    'AMA cmp: 97110 33 + 97140 7',
    [
      ['97110', 33],
      ['97140', 7],
    ],
    { '97110': [2, 2], '97140': [1, 0] },
    [3, 2],
    false,
  ],
  [
    'AMA cmp: 97530 10 + 97110 10 + 97112 10 (tie)',
    [
      ['97530', 10],
      ['97110', 10],
      ['97112', 10],
    ],
    { '97530': [1, 1], '97110': [1, 1], '97112': [0, 1] },
    [2, 3],
    true,
  ],
  [
    'AMA cmp: 97530 23 + 97110 23 (tie 8/8)',
    [
      ['97530', 23],
      ['97110', 23],
    ],
    { '97530': [2, 2], '97110': [1, 2] },
    [3, 4],
    true,
  ],
  [
    'three services of 7 min (like ex 5)',
    [
      ['97530', 7],
      ['97110', 7],
      ['97116', 7],
    ],
    { '97530': [1, 0], '97110': [0, 0], '97116': [0, 0] },
    [1, 0],
    true,
  ],
  ['a single 7-minute service: T < 8', [['97110', 7]], { '97110': [0, 0] }, [0, 0], false],
  ['a single 8-minute service', [['97112', 8]], { '97112': [1, 1] }, [1, 1], false],
  [
    'a code with no minutes gets no units',
    [
      ['97110', null],
      ['97530', 20],
    ],
    { '97110': [0, 0], '97530': [1, 1] },
    [1, 1],
    false,
  ],
  [
    '97150 is untimed: 1 unit on its line, not in totals',
    [
      ['97150', 30],
      ['97110', 10],
    ],
    { '97150': [1, 1], '97110': [1, 1] },
    [1, 1],
    false,
  ],
  [
    'equal leftovers 7/7: default to more total minutes, still a tie',
    [
      ['97110', 7],
      ['97530', 22],
    ],
    { '97530': [2, 1], '97110': [0, 0] },
    [2, 1],
    true,
  ],
  [
    'larger leftover wins, no tie',
    [
      ['97530', 16],
      ['97110', 9],
    ],
    { '97530': [1, 1], '97110': [1, 1] },
    [2, 2],
    false,
  ],
];

describe('units for one total (8–22 → 1, 23–37 → 2 …)', () => {
  it.each([
    [0, 0],
    [7, 0],
    [8, 1],
    [22, 1],
    [23, 2],
    [37, 2],
    [38, 3],
    [52, 3],
    [53, 4],
    [67, 4],
    [68, 5],
    [82, 5],
    [83, 6],
    [97, 6],
    [98, 7],
    [112, 7],
    [113, 8],
    [127, 8],
    [-5, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('%s min → %s units', (m, u) => expect(unitsForMinutes(m)).toBe(u));
  it('AMA gives nothing for null minutes', () => expect(amaUnits(null)).toBe(0));
});

describe.each(EXAMPLES)('%s', (_name, lines, perCode, totals, tie) => {
  const segments = lines.map(([code, m]) => seg(code, m, `${code} ${m ?? ''}`));
  const ledger = buildLedger(segments, '');
  it('per-code units under CMS and AMA', () => {
    const got = Object.fromEntries(ledger.codes.map((c) => [c.code, [c.units.cms, c.units.ama]]));
    expect(got).toEqual(perCode);
  });
  it('totals', () => expect([ledger.totals.units.cms, ledger.totals.units.ama]).toEqual(totals));
  it(tie ? 'reports the CMS tie as a choice' : 'reports no CMS tie', () => {
    const flags = ledger.flags.filter((f) => f.id === 'units.cms-tie');
    expect(flags).toHaveLength(tie ? 1 : 0);
    for (const f of flags) expect(f.severity).toBe('info');
  });
});

describe('CMS ties', () => {
  it('manual ex 2 names the 3rd unit and both codes in note order', () => {
    const a = allocateCms([
      { code: '97112', minutes: 20 },
      { code: '97110', minutes: 20 },
    ]);
    expect(a.ties).toEqual([{ units: [3], among: ['97112', '97110'], chosen: ['97110'] }]);
    const ledger = buildLedger([seg('97112', 20), seg('97110', 20)], '');
    expect(ledger.flags[0]?.message).toBe(
      'CMS: the 3rd unit may go to 97112 or 97110 (equal leftover minutes); the provider chooses.',
    );
    expect(ledger.flags[0]?.segments).toEqual([0, 1]);
  });
  it('two tied units among three codes', () => {
    const ledger = buildLedger([seg('97530', 10), seg('97110', 10), seg('97112', 10)], '');
    expect(ledger.flags[0]?.message).toBe(
      'CMS: the 1st and 2nd units may go to any 2 of 97530, 97110 or 97112 (equal leftover minutes); the provider chooses.',
    );
  });
  it('never gives all three units to one code in ex 2', () => {
    const a = allocateCms([
      { code: '97112', minutes: 20 },
      { code: '97110', minutes: 20 },
    ]);
    expect(Math.max(...a.units.values())).toBe(2);
  });
});

describe('minutes per code', () => {
  it('sums one code split into two blocks', () => {
    const ledger = buildLedger([seg('97140', 10), seg('97530', 15), seg('97140', 5)], '');
    expect(ledger.codes).toEqual([
      { code: '97140', minutes: 15, timed: true, units: { cms: 1, ama: 1 } },
      { code: '97530', minutes: 15, timed: true, units: { cms: 1, ama: 1 } },
    ]);
    expect(ledger.totals.timedMinutes).toBe(30);
  });
  it('ignores segments that were not performed', () => {
    const ledger = buildLedger(
      [seg('97110', 20), seg('97530', 15, 'will progress to lifting', { status: 'planned' })],
      '',
    );
    expect(ledger.codes.map((c) => c.code)).toEqual(['97110']);
  });
  it.each([[null], [-3], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'never crashes or gives units for %s minutes',
    (m) => {
      const ledger = buildLedger([seg('97110', m)], '');
      expect(ledger.codes[0]).toEqual({ code: '97110', minutes: null, timed: true, units: { cms: 0, ama: 0 } });
      expect(ledger.totals).toEqual({ timedMinutes: 0, statedTimedMinutes: null, units: { cms: 0, ama: 0 } });
    },
  );
  it('untimed 97150 minutes stay out of the timed total', () => {
    const ledger = buildLedger([seg('97150', 45), seg('97110', 7)], '');
    expect(ledger.totals.timedMinutes).toBe(7);
    expect(ledger.totals.units).toEqual({ cms: 0, ama: 0 });
    expect(ledger.codes.find((c) => c.code === '97150')).toEqual({
      code: '97150',
      minutes: 45,
      timed: false,
      units: { cms: 1, ama: 1 },
    });
  });
  it('an empty note has an empty ledger', () => {
    expect(buildLedger([], '')).toEqual({
      codes: [],
      totals: { timedMinutes: 0, statedTimedMinutes: null, units: { cms: 0, ama: 0 } },
      flags: [],
    });
  });
});

describe('attended timed modalities (manual ex 4 as stated)', () => {
  const us = (minutes: number) =>
    seg(null, minutes, 'Ultrasound 8 min', {
      status: 'other',
      evidence: [{ start: 0, end: 10, ruleId: 'modality.ultrasound', kind: 'context' }],
    });
  it('97110 18 + 97140 13 + 97116 10 + 97035 8 = 49 → 3 units, one each of 97110, 97140, 97116; none for 97035', () => {
    const ledger = buildLedger([seg('97110', 18), seg('97140', 13), seg('97116', 10), us(8)], '');
    expect(ledger.codes.map((c) => [c.code, c.units.cms])).toEqual([
      ['97110', 1],
      ['97140', 1],
      ['97116', 1],
    ]);
    expect(ledger.totals.timedMinutes).toBe(49);
    expect(ledger.totals.units.cms).toBe(3);
    expect(ledger.totals.units.ama).toBe(4); // AMA per code: 97035 8 min → 1
    const f = ledger.flags.find((x) => x.id === 'units.timed-modality');
    expect(f?.severity).toBe('info');
    expect(f?.segments).toEqual([3]);
    expect(f?.message).toMatch(
      /Ultrasound \(97035\) 8 min counts toward the timed total; under CMS it receives 0 unit/,
    );
  });
  it('an attended modality with the largest leftover takes a CMS unit', () => {
    const ledger = buildLedger([seg('97110', 15), us(12)], '');
    expect(ledger.totals.units.cms).toBe(2);
    expect(ledger.codes[0]?.units.cms).toBe(1);
    expect(ledger.flags.find((x) => x.id === 'units.timed-modality')?.message).toMatch(/receives 1 unit/);
  });
  it('supervised modalities and 97150 stay out of T', () => {
    const hot = seg(null, 10, 'MHP 10 min', {
      status: 'other',
      evidence: [{ start: 0, end: 3, ruleId: 'context.untimed', kind: 'context' }],
    });
    const ledger = buildLedger([seg('97110', 7), hot], '');
    expect(ledger.totals.timedMinutes).toBe(7);
    expect(ledger.flags.some((x) => x.id === 'units.timed-modality')).toBe(false);
  });
});
