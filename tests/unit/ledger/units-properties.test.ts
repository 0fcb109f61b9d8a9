/** Invariants of the CMS allocation over random minutes (fast-check). */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CODES, type Code } from '../../../lib/contracts/codes';
import { buildLedger } from '../../../lib/engine/ledger';
import { allocateCms, unitsForMinutes } from '../../../lib/engine/units';
import { seg } from './helpers';

const TIMED = CODES.filter((c) => c !== '97150') as Code[];
const lines = fc
  .uniqueArray(fc.constantFrom(...TIMED), { minLength: 1, maxLength: 6 })
  .chain((codes) =>
    fc.tuple(...codes.map((code) => fc.record({ code: fc.constant(code), minutes: fc.integer({ min: 0, max: 90 }) }))),
  );

it('CMS units add up to the pooled N, and each code gets its full units plus at most one', () => {
  fc.assert(
    fc.property(lines, (ls) => {
      const a = allocateCms(ls);
      const total = ls.reduce((t, l) => t + l.minutes, 0);
      expect(a.total).toBe(unitsForMinutes(total));
      expect([...a.units.values()].reduce((t, u) => t + u, 0)).toBe(a.total);
      for (const l of ls) {
        const u = a.units.get(l.code) ?? 0;
        expect(u).toBeGreaterThanOrEqual(Math.floor(l.minutes / 15));
        expect(u).toBeLessThanOrEqual(Math.floor(l.minutes / 15) + 1);
        if (l.minutes === 0) expect(u).toBe(0);
      }
    }),
  );
});

it('the ledger totals equal the per-code sums under both rules', () => {
  fc.assert(
    fc.property(lines, (ls) => {
      const l = buildLedger(
        ls.map((x) => seg(x.code, x.minutes)),
        '',
      );
      expect(l.totals.units.cms).toBe(l.codes.reduce((t, c) => t + c.units.cms, 0));
      expect(l.totals.units.ama).toBe(l.codes.reduce((t, c) => t + c.units.ama, 0));
      for (const c of l.codes) expect(c.units.ama).toBe(unitsForMinutes(c.minutes ?? 0));
    }),
  );
});
