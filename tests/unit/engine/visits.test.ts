/** Several dated visits in one text: found, one analysed (the cursor's, else the most recent), and said so. */
import { describe, expect, it } from 'vitest';
import { analyze, findVisits } from '../../../lib/engine';
import { VISIT_HEADING } from '../../../lib/engine/visits';

const CHART = [
  'Pt: M.R., R rotator cuff repair',
  '',
  '11/03/2026 - PT daily note',
  'Ther ex 20 min: pulleys 3 x 2 min, wand flexion 2x15 for R shoulder ROM, VC for no shrug. Tolerated well.',
  '',
  '11/05/2026 - PT daily note',
  'Manual 10 min: R GH posterior glides gr III for IR ROM, IR 30 -> 38 deg after.',
  'Ther ex 15 min: ER w/ yellow TB 3x10 for RC strength, cues for elbow at side; no pain.',
  '',
  'Date of service: 11/07/2026',
  'TA 12 min: lifting 2# cans to shelf x10 to simulate unloading groceries, CGA, cued for scap set; no c/o.',
].join('\n');

describe('visits', () => {
  it('finds each dated heading with its span and date', () => {
    const v = findVisits(CHART);
    expect(v.map((x) => x.label)).toEqual(['11/03/2026', '11/05/2026', '11/07/2026']);
    expect(CHART.slice(v[1]?.start, v[1]?.end)).toMatch(/^11\/05\/2026[\s\S]*no pain\.\n\n$/);
  });

  it('analyses the last visit and says the text holds three', () => {
    const a = analyze(CHART);
    expect(a.codes.map((c) => [c.code, c.minutes])).toEqual([['97530', 12]]);
    const f = a.flags.find((x) => x.id === 'note.several-visits');
    expect(f?.message).toMatch(/3 visits.*visit 3 of 3 \(11\/07\/2026\), the last/);
  });

  it('analyses the visit holding the cursor, with offsets into the whole text', () => {
    const cursor = CHART.indexOf('ER w/ yellow');
    const a = analyze(CHART, { cursor });
    expect(a.codes.map((c) => [c.code, c.minutes])).toEqual([
      ['97140', 10],
      ['97110', 15],
    ]);
    for (const s of a.segments) expect(CHART.slice(s.start, s.end)).toBe(s.text);
    expect(a.flags.find((x) => x.id === 'note.several-visits')?.message).toMatch(/visit 2 of 3.*the one at the cursor/);
  });

  it('analyses the most recent visit of an export that lists the newest first', () => {
    const newestFirst = [
      'Date of service: 11/07/2026',
      'Gait 14 min: amb 300 ft w/ SPC on level surfaces and ramp, cues for step length.',
      '',
      'Date of service: 11/05/2026',
      'Ther ex 15 min: ER w/ yellow TB 3x10 for RC strength, cues for elbow at side.',
    ].join('\n');
    const a = analyze(newestFirst);
    expect(a.codes.map((c) => [c.code, c.minutes])).toEqual([['97116', 14]]);
    expect(a.flags.find((x) => x.id === 'note.several-visits')?.message).toMatch(/visit 1 of 2.*most recent by date/);
  });

  it('reads a visit date in the forms notes write it', async () => {
    const { dateKey } = await import('../../../lib/engine/visits');
    expect(dateKey('11/07/2026')).toBe(20261107);
    expect(dateKey('2026-11-07')).toBe(20261107);
    expect(dateKey('12-7-26')).toBe(20261207);
    expect(dateKey('Dec 1, 2026')).toBe(20261201);
    expect(dateKey('12/7')).toBeNull();
  });

  it('one dated visit is just the note (no flag)', () => {
    const one = CHART.slice(CHART.indexOf('Date of service'));
    expect(findVisits(one)).toHaveLength(1);
    expect(analyze(one).flags.some((x) => x.id === 'note.several-visits')).toBe(false);
  });

  it.each(VISIT_HEADING.examples.positive.map((x) => [x]))('heading: %s', (x) =>
    expect(VISIT_HEADING.re.test(x)).toBe(true),
  );
  it.each(VISIT_HEADING.examples.negative.map((x) => [x]))('not a heading: %s', (x) =>
    expect(VISIT_HEADING.re.test(x)).toBe(false),
  );
});
