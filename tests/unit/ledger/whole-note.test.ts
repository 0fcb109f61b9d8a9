/** The three stages on realistic whole notes (segments hand-built the way the reader would cut them). */
import { describe, expect, it } from 'vitest';
import { findMissing } from '../../../lib/engine/completeness';
import { findFlags } from '../../../lib/engine/flags';
import { buildLedger } from '../../../lib/engine/ledger';
import { note } from './helpers';

const stages = (n: ReturnType<typeof note>) => {
  const ledger = buildLedger(n.segments, n.text);
  return {
    ledger,
    missing: findMissing(n.segments, n.text).map((m) => `${m.segment}:${m.code}:${m.element}`),
    flags: [...ledger.flags, ...findFlags(n.segments, n.text, ledger.codes)].map((f) => `${f.id}/${f.severity}`),
  };
};

describe('whole notes', () => {
  it('a complete PT note: 53 timed minutes, 4 units, nothing missing', () => {
    const n = note([
      [null, null, 'S: Pt reports R knee pain 3/10.'],
      ['97110', 18, 'TherEx (18 min): LAQ 3x10 w/ 3# R LE and SLR 2x10 for quad strength; VC for terminal knee ext.'],
      [
        '97530',
        20,
        'TA (20 min): STS from low chair x10 and floor-to-waist box lifts 10# x8 to simulate work tasks, min A.',
      ],
      ['97112', 15, 'NMR (15 min): SLS on foam 4x30s w/ CGA for balance; LOB x2.'],
      [null, null, 'Pt tolerated tx well.'],
      [null, null, 'Timed min: 53. Total tx time: 60 min.'],
    ]);
    const r = stages(n);
    expect(r.ledger.totals).toEqual({ timedMinutes: 53, statedTimedMinutes: 53, units: { cms: 4, ama: 3 } });
    expect(r.missing).toEqual([]);
    expect(r.flags).toEqual([]);
  });

  it('a thin note: generic names, units instead of minutes, a stated total that disagrees', () => {
    const n = note([
      ['97110', null, 'Ther ex performed.'],
      ['97112', 10, 'NMR 10 min.'],
      [null, null, 'US x1 unit.'],
      [null, null, 'Total timed minutes: 30'],
    ]);
    const r = stages(n);
    expect(r.ledger.totals.timedMinutes).toBe(10);
    expect(r.missing).toEqual([
      '0:97110:minutes',
      '0:97110:activity',
      '0:97110:body-region',
      '0:97110:purpose',
      '0:97110:dosage',
      '0:97110:skilled-input',
      '0:97110:response',
      '1:97112:activity',
      '1:97112:purpose',
      '1:97112:dosage',
      '1:97112:skilled-input',
      '1:97112:response',
    ]);
    expect(r.flags).toEqual([
      'minutes.stated-total-mismatch/warning',
      'units-instead-of-minutes/warning',
      'documentation.vague/warning',
    ]);
  });

  it('manual therapy split around therapeutic activities, each with its own minutes', () => {
    const n = note([
      ['97140', 10, 'MT 10 min: grade III PA mobs L knee for flexion ROM, pain 2/10 after.'],
      ['97530', 15, 'TA 15 min: step-ups x10 to simulate curb, min A, fatigued after.'],
      ['97140', 5, 'MT 5 min: STM L quad for pain relief, tolerated well.'],
    ]);
    const r = stages(n);
    expect(r.ledger.codes.map((c) => [c.code, c.minutes, c.units.cms, c.units.ama])).toEqual([
      ['97140', 15, 1, 1],
      ['97530', 15, 1, 1],
    ]);
    expect(r.flags).toEqual(['ncci.97140-97530/info']);
    // 97140's dosage is not checked (domain.md §7: the technique is what is documented), so nothing is missing.
    expect(r.missing).toEqual([]);
  });
});
