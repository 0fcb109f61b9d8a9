import { describe, expect, it } from 'vitest';
import { checkBilled, parseBilledLines } from '../../lib/engine';
import { craft } from './analysis-fixture';

describe('parseBilledLines', () => {
  it.each([
    [
      '97530 x2, 97110 x1, 97140 x1 GP',
      [
        ['97530', 2, []],
        ['97110', 1, []],
        ['97140', 1, ['GP']],
      ],
    ],
    ['97530-GP x 2', [['97530', 2, ['GP']]]],
    ['97110 GP 59 2 units', [['97110', 2, ['GP', '59']]]],
    [
      '97530,2,GP\n97110,1,GP 59',
      [
        ['97530', 2, ['GP']],
        ['97110', 1, ['GP', '59']],
      ],
    ],
    ['code,units,modifiers\n97112,3,GO', [['97112', 3, ['GO']]]],
    [
      '97530x2 GP\n97110 ther ex ×1 GP',
      [
        ['97530', 2, ['GP']],
        ['97110', 1, ['GP']],
      ],
    ],
    [
      '97530 x2 GP 97110 x1 GP',
      [
        ['97530', 2, ['GP']],
        ['97110', 1, ['GP']],
      ],
    ],
    ['97150 GP', [['97150', 1, ['GP']]]],
    [
      '97116; 97535 2u GO',
      [
        ['97116', 1, []],
        ['97535', 2, ['GO']],
      ],
    ],
  ])('%s', (input, expected) => {
    const r = parseBilledLines(input);
    expect(r.errors).toEqual([]);
    expect(r.lines.map((l) => [l.code, l.units, l.modifiers])).toEqual(expected);
  });

  it('reports lines it cannot read, with the line number, and keeps the rest', () => {
    const r = parseBilledLines('97530 x2 GP\nther ex two units\n97161 x1 GP\n97110 x0 GP\n97112 x2 3 GP');
    expect(r.lines.map((l) => l.code)).toEqual(['97530']);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    expect(r.errors[0]?.message).toMatch(/no CPT code/);
    expect(r.errors[1]?.message).toMatch(/97161 is not one of the codes/);
    expect(r.errors[2]?.message).toMatch(/not a unit count/);
    expect(r.errors[3]?.message).toMatch(/two unit counts/);
  });

  it('never throws on junk', () => {
    for (const junk of ['', ',,,', '\u0000\u0001', 'x'.repeat(10_000), '"97530', '97530,"2', '-- x --'])
      expect(() => parseBilledLines(junk)).not.toThrow();
  });
});

// 97530 22 min + 97110 16 min = 38 → CMS 3 (97530 1 + 1 extra for rem 7 vs 1 → 97530 2, 97110 1); AMA 1 + 1.
const note = craft(
  [
    ['97530', 22, 'TA 22 min: sit to stand x10 to simulate toilet transfers, min A', ['to simulate toilet transfers']],
    ['97110', 16, 'Ther ex 16 min: LAQ 3x10 w/ 3# for quad strength', ['for quad strength']],
  ],
  { '97530': { cms: 2, ama: 1 }, '97110': { cms: 1, ama: 1 } },
);

describe('checkBilled', () => {
  it('a fully supported claim is all ok', () => {
    const r = checkBilled(note.analysis, parseBilledLines('97530 x2 GP, 97110 x1 GP').lines, 'cms');
    expect(r.map((x) => [x.code, x.status])).toEqual([
      ['97530', 'ok'],
      ['97110', 'ok'],
    ]);
  });

  it('finds over-billed units and a missing GP', () => {
    const r = checkBilled(note.analysis, parseBilledLines('97530 x3 GP, 97110 x1').lines, 'cms');
    expect(r).toContainEqual(expect.objectContaining({ code: '97530', status: 'over' }));
    expect(r).toContainEqual(expect.objectContaining({ code: '97110', status: 'modifier' }));
    expect(r.find((x) => x.code === '97110' && x.status === 'modifier')?.message).toMatch(/GP/);
    expect(r.find((x) => x.status === 'over')?.message).toMatch(/22 min supports 2 under CMS/);
  });

  it('uses the chosen rule: the same claim is over under AMA', () => {
    const r = checkBilled(note.analysis, parseBilledLines('97530 x2 GP, 97110 x1 GP').lines, 'ama');
    expect(r.find((x) => x.code === '97530')?.status).toBe('over');
  });

  it('finds under-billing, billed-not-documented and documented-not-billed', () => {
    const r = checkBilled(note.analysis, parseBilledLines('97530 x1 GP, 97112 x1 GP').lines, 'cms');
    expect(r.map((x) => [x.code, x.status])).toEqual([
      ['97530', 'under'],
      ['97112', 'not-documented'],
      ['97110', 'not-billed'],
    ]);
  });

  it('accepts another CMS allocation when leftover minutes tie (manual example 2)', () => {
    const tie = craft(
      [
        ['97112', 20, 'NMR 20 min: SLS on foam for balance', ['for balance']],
        ['97110', 20, 'Ther ex 20 min: bridges for glute strength', ['for glute strength']],
      ],
      { '97112': { cms: 2, ama: 1 }, '97110': { cms: 1, ama: 1 } },
    );
    const swapped = checkBilled(tie.analysis, parseBilledLines('97112 x1 GP, 97110 x2 GP').lines, 'cms');
    expect(swapped.every((x) => x.status === 'ok')).toBe(true);
    const three = checkBilled(tie.analysis, parseBilledLines('97112 x3 GP').lines, 'cms');
    expect(three[0]?.status).toBe('over');
  });

  it('untimed 97150 supports exactly one unit', () => {
    const group = craft([['97150', 30, 'Group ex 30 min, 3 pts, therapist attending', ['3 pts']]], {});
    expect(checkBilled(group.analysis, parseBilledLines('97150 x1 GP').lines, 'cms')[0]?.status).toBe('ok');
    expect(checkBilled(group.analysis, parseBilledLines('97150 x2 GP').lines, 'cms')[0]?.status).toBe('over');
  });

  it('flags mixed GP/GO on one claim', () => {
    const r = checkBilled(note.analysis, parseBilledLines('97530 x2 GP, 97110 x1 GO').lines, 'cms');
    expect(r.filter((x) => x.status === 'modifier').map((x) => x.message)).toEqual([
      expect.stringMatching(/mixes GP and GO/),
      expect.stringMatching(/mixes GP and GO/),
    ]);
  });

  it('GN (speech-language) is not a PT/OT discipline modifier', () => {
    const r = checkBilled(note.analysis, parseBilledLines('97530 x2 GN, 97110 x1 GN').lines, 'cms');
    expect(r.filter((x) => x.status === 'modifier')).toHaveLength(2);
    expect(r[0]?.message).toMatch(/GN .*GP or GO/);
  });

  describe('59/XU on 97140 + 97530', () => {
    const rows: [Parameters<typeof craft>[0][number], Parameters<typeof craft>[0][number]] = [
      ['97140', 10, 'Manual 10 min: grade III PA mobs L4-5 for pain', ['grade III PA mobs']],
      ['97530', 15, 'TA 15 min: lifting box floor to waist to simulate work', ['to simulate work']],
    ];
    const units = { '97140': { cms: 1, ama: 1 }, '97530': { cms: 1, ama: 1 } };

    it('missing 59 on the pair is reported on 97530', () => {
      const n = craft(rows, units);
      const r = checkBilled(n.analysis, parseBilledLines('97140 x1 GP, 97530 x1 GP').lines, 'cms');
      expect(r).toContainEqual(expect.objectContaining({ code: '97530', status: 'modifier' }));
    });

    it('59 with separate timed blocks is ok', () => {
      const n = craft(rows, units);
      const r = checkBilled(n.analysis, parseBilledLines('97140 x1 GP, 97530 x1 GP 59').lines, 'cms');
      expect(r.map((x) => x.status)).toEqual(['ok', 'ok']);
    });

    it('59 is questioned when the engine flags the pair as one block, or minutes are not separate', () => {
      const flagged = craft(rows, units, [
        { id: 'ncci.97140-97530', severity: 'warning', message: 'same time block', segments: [0, 1] },
      ]);
      const r = checkBilled(flagged.analysis, parseBilledLines('97140 x1 GP, 97530 x1 GP XU').lines, 'cms');
      expect(r.find((x) => x.status === 'modifier')?.message).toMatch(/XU .*separate time blocks/);
      const noMinutes = craft([rows[0], ['97530', null, rows[1][2], rows[1][3]]], units);
      const r2 = checkBilled(noMinutes.analysis, parseBilledLines('97140 x1 GP, 97530 x1 GP 59').lines, 'cms');
      expect(r2.find((x) => x.status === 'modifier')?.message).toMatch(/separate minutes/);
    });
  });
});
