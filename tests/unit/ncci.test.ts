/** The NCCI pair table is one piece of data read by the note flags and the billed-lines check. */
import { describe, expect, it } from 'vitest';
import { analyze, checkBilled, parseBilledLines } from '../../lib/engine';
import { NCCI_PAIRS, ncciId, pairsAmong, partnersOf } from '../../lib/engine/ncci';
import { craft } from './analysis-fixture';

describe('the NCCI table', () => {
  it('holds every pair of domain.md §6 and §12 once, each with indicator, source and quarter', () => {
    const pairs = NCCI_PAIRS.map((p) => `${p.column1}+${p.column2}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const want of [
      '97140+97530',
      '97530+97116',
      '97530+97164',
      '97150+97164',
      '97161+97140',
      '97162+97140',
      '97163+97140',
      '97110+97164',
      '97112+97164',
      '97116+97164',
      '97140+97164',
      '97150+97110',
      '97150+97112',
      '97150+97116',
    ])
      expect(pairs).toContain(want);
    for (const p of NCCI_PAIRS) {
      expect([0, 1]).toContain(p.modifier);
      expect(p.source).toMatch(/^\[S\d/);
      expect(p.quarter).toMatch(/^\d{4}Q[1-4]$/);
    }
  });
  it('finds pairs among codes and partners of a code', () => {
    expect(pairsAmong(new Set(['97530', '97116', '97110'])).map(ncciId)).toEqual(['ncci.97530-97116']);
    expect(partnersOf('97116')).toEqual(expect.arrayContaining(['97530', '97164', '97150']));
  });
});

describe('note flags come from the table', () => {
  const gait = 'Gait training 12 min: 150 ft x2 w/ SPC, VC for step length.';
  const ta = 'TA 15 min: sit to stand from low chair x10 to simulate toilet transfers, CGA.';
  it('97530 + 97116 in one note is flagged, with its own minutes as info', () => {
    const f = analyze(`${gait}\n${ta}`).flags.find((x) => x.id === 'ncci.97530-97116');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/97530 and 97116 .*NCCI pair/);
  });
  it('group 97150 with 97110 on one date is a pair too', () => {
    const a = analyze(
      'Group therapy 30 min: 4 pts seated LE exercises, VC for form.\nTher ex 15 min: SLR 3x10 for quad strength, VC.',
    );
    expect(a.flags.map((f) => f.id)).toContain('ncci.97150-97110');
  });
  it('no pair, no flag', () => expect(analyze(gait).flags.some((f) => f.id.startsWith('ncci.'))).toBe(false));
  it('a clinic table replaces the built-in one', () => {
    const a = analyze(`${gait}\n${ta}`, { ncciPairs: [] });
    expect(a.flags.some((f) => f.id.startsWith('ncci.'))).toBe(false);
  });
});

describe('billed-lines check uses the same table', () => {
  const rows: Parameters<typeof craft>[0] = [
    ['97116', 12, 'Gait 12 min: 150 ft x2 w/ SPC', ['150 ft']],
    ['97530', 15, 'TA 15 min: STS to simulate toilet transfers', ['to simulate toilet transfers']],
  ];
  const units = { '97116': { cms: 1, ama: 1 }, '97530': { cms: 1, ama: 1 } };
  it('59 on 97530 with 97116 billed has a partner (no "no NCCI partner")', () => {
    const r = checkBilled(craft(rows, units).analysis, parseBilledLines('97116 x1 GP, 97530 x1 GP 59').lines, 'cms');
    expect(r.map((x) => x.message).join(' ')).not.toMatch(/no NCCI partner/);
    expect(r.map((x) => x.status)).toEqual(['ok', 'ok']);
  });
  it('the column-2 code of 97530 + 97116 needs 59 on the pair', () => {
    const r = checkBilled(craft(rows, units).analysis, parseBilledLines('97530 x1 GP, 97116 x1 GP').lines, 'cms');
    expect(r).toContainEqual(expect.objectContaining({ code: '97116', status: 'modifier' }));
  });
  it('59 with no partner on the claim names the partners it could have', () => {
    const r = checkBilled(craft([rows[1] as never], units).analysis, parseBilledLines('97530 x1 GP 59').lines, 'cms');
    expect(r.find((x) => x.status === 'modifier')?.message).toMatch(/no NCCI partner.*97140.*97116/);
  });
});
