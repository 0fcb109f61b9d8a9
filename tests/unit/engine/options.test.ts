/** EngineOptions: enabledCodes, clinic vocabulary, ignored terms. */
import { describe, expect, it } from 'vitest';
import { one, run } from './helpers';

describe('engine options', () => {
  it('enabledCodes: other codes are not assigned', () => {
    const text = 'Tandem stance on foam 4x30s for balance.';
    expect(one(text).code).toBe('97112');
    const s = one(text, { enabledCodes: ['97110', '97530'] });
    expect(s.code).not.toBe('97112');
    expect(run(text, { enabledCodes: ['97110'] }).suggested).not.toBe('97112');
  });

  it('vocabulary: a clinic term maps to a code as a custom.<term> activity rule', () => {
    const s = one('Zumba circuit 10 min.', { vocabulary: [{ term: 'zumba circuit', code: '97530' }] });
    expect(s.code).toBe('97530');
    expect(s.evidence.some((e) => e.ruleId === 'custom.zumba circuit')).toBe(true);
    expect(one('Zumba circuit 10 min.').code).toBeNull();
  });

  it('ignoreTerms: a boilerplate word no longer counts', () => {
    const text = 'Balance: tandem stance 3x30s.';
    expect(one(text).code).toBe('97112');
    const s = one('See functional template. LAQ 3x10.', { ignoreTerms: ['functional template'] });
    expect(s.evidence).toEqual([]);
  });
});
