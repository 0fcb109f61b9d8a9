/** Stated totals in the note and the flags that compare them with the interventions' minutes. */
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../lib/engine/ledger';
import {
  STATED_TIMED_PATTERNS,
  statedTimedMinutes,
  statedTotalTreatmentMinutes,
  TOTAL_TIME_PATTERNS,
} from '../../../lib/engine/stated-totals';
import { seg } from './helpers';

describe('stated timed minutes', () => {
  it.each([
    ['Timed min: 53', 53],
    ['Total timed minutes: 45', 45],
    ['timed code minutes 38', 38],
    ['Timed: 40 min', 40],
    ["Total timed: 45'", 45],
    ['Total timed code min = 38', 38],
    ['Total 60 min (45 min timed)', 45],
    ['Untimed: 15 min', null],
    ['Total treatment time 60 min', null],
    ['TA 12 min: STS x10', null],
    ['Total timed 45 min', 45],
    ['SLS timed 30 sec x3', null],
    ['Timed Up and Go: 14 sec', null],
    ['TUG 14 sec; timed min = 40', 40],
  ])('%j → %s', (text, minutes) => expect(statedTimedMinutes(text)).toBe(minutes));
  it.each(STATED_TIMED_PATTERNS.map((p) => [p.id, p]))('%s matches its example', (_id, p) =>
    expect(p.re.test(p.examples.positive[0] ?? '')).toBe(true),
  );
});

describe('stated total treatment time', () => {
  it.each([
    ['Total treatment time 60 min', 60],
    ["Total tx time: 60'", 60],
    ['Total time: 55 minutes', 55],
    ['Total timed minutes: 45', null],
    ['Timed: 40 min', null],
  ])('%j → %s', (text, minutes) => expect(statedTotalTreatmentMinutes(text)).toBe(minutes));
  it.each(TOTAL_TIME_PATTERNS.map((p) => [p.id, p]))('%s matches its example', (_id, p) =>
    expect(p.re.test(p.examples.positive[0] ?? '')).toBe(true),
  );
});

describe('totals and their flags', () => {
  const segs = [seg('97110', 23), seg('97112', 15), seg('97150', 20)];
  const ids = (text: string) => buildLedger(segs, text).flags.map((f) => f.id);

  it('sums timed minutes and carries the stated total', () => {
    const t = buildLedger(segs, 'Total timed minutes: 38').totals;
    expect(t).toEqual({ timedMinutes: 38, statedTimedMinutes: 38, units: { cms: 3, ama: 3 } });
  });
  it('a stated total that agrees raises nothing', () =>
    expect(ids('Timed min: 38. Total tx time: 58 min')).toEqual([]));
  it('a stated total that disagrees is a warning naming both numbers', () => {
    const f = buildLedger(segs, 'Timed min: 45').flags.find((x) => x.id === 'minutes.stated-total-mismatch');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('45');
    expect(f?.message).toContain('38');
    expect(f?.segments).toEqual([0, 1]);
  });
  it('a stated total does not give interventions their minutes', () => {
    const l = buildLedger([seg('97110', null)], 'Total timed minutes: 30');
    expect(l.totals.timedMinutes).toBe(0);
    expect(l.codes[0]?.units).toEqual({ cms: 0, ama: 0 });
    expect(l.flags.map((f) => f.id)).toEqual(['minutes.stated-total-mismatch']);
  });
  it('total treatment time below the timed minutes is flagged', () =>
    expect(ids("Total tx time: 30'")).toEqual(['minutes.total-less-than-timed']));
  it('total treatment time above the timed minutes is not', () =>
    expect(ids('Total treatment time 60 min')).toEqual([]));
  it('total time below a stated timed total is flagged too', () =>
    expect(ids('Timed min: 38. Total treatment time 35 min')).toEqual(['minutes.total-less-than-timed']));
});
