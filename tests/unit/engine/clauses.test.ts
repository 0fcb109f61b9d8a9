/** Clause roles that never open an intervention: each pattern finds its positives and not its negatives. */
import { describe, expect, it } from 'vitest';
import { ADMINISTRATIVE, DOSE, MEASUREMENT, passiveRole, REPORT } from '../../../lib/engine/clauses';
import { CARE_LINE } from '../../../lib/engine/segment';
import { run } from './helpers';

describe.each([DOSE, MEASUREMENT, REPORT, CARE_LINE, ...ADMINISTRATIVE].map((p) => [p.id, p] as const))(
  '%s',
  (_id, p) => {
    it.each(p.examples.positive.map((x) => [x]))('finds %s', (x) => expect(p.re.test(x)).toBe(true));
    it.each(p.examples.negative.map((x) => [x]))('does not find %s', (x) => expect(p.re.test(x)).toBe(false));
  },
);

describe('passive clauses are not interventions', () => {
  it.each([
    ['L knee AROM 8-98 deg (12-90 last wk).', 'measurement'],
    ['Grip L 18# / R 62#.', 'measurement'],
    ['J. Alvarez, PT', 'administrative'],
    ['WORK CONDITIONING / RTW - L4-5, job: roofer (carries 60# bundles, ladder work)', 'administrative'],
    ['Mom present, HEP reviewed.', 'administrative'],
    ['Pt reports she reached overhead at home without pain.', 'report'],
  ])('%s → %s', (t, role) => {
    expect(passiveRole(t)).toBe(role);
    expect(run(t).suggested).toBeNull();
  });

  it.each(['L knee AROM x20 supine for ROM', 'SLS on foam 3 x 20 sec for balance', 'Pt performed bridges 2x10'])(
    'an intervention with a dose or care words is not passive: %s',
    (t) => expect(passiveRole(t)).toBeNull(),
  );
});

describe('a one-line section ends at its line when the next line reports care (domain.md §12)', () => {
  it('care on the next line is coded', () => {
    const a = run(
      'S: Pt reports 4/10 R shoulder pain.\nPt performed wall slides x10 with CGA to improve reaching to shelves at home, 12 min',
    );
    expect(a.codes.map((c) => [c.code, c.minutes])).toEqual([['97530', 12]]);
  });
  it("the patient's own report on the next line stays subjective", () => {
    expect(CARE_LINE.report.test('Pt reports she walked 2 blocks x 2 this weekend.')).toBe(true);
    expect(run('S: Pt reports 4/10 pain.\nPt states she did bridges 2x10 at home daily.').suggested).toBeNull();
  });
});
