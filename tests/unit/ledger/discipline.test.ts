/** EngineOptions.discipline: a known PT/OT discipline replaces cue detection in the GP/GO checks. */
import { describe, expect, it } from 'vitest';
import { analyze, checkBilled, parseBilledLines } from '../../../lib/engine';

const mixed = (discipline?: 'PT' | 'OT') =>
  analyze(text, discipline ? { discipline } : {}).flags.filter((f) => f.id === 'discipline.mixed');
const text = 'Ther ex 15 min: LAQ 3x10 3# B LE for quad strength, VC; tolerated well. Per OT plan of care.';
const ptOnly = 'Ther ex 15 min: LAQ 3x10 3# B LE for quad strength, VC; tolerated well. Per PT plan of care.';

describe('discipline.mixed', () => {
  it("without the option, one discipline's cues alone are not a mix (detection as before)", () => {
    expect(mixed()).toEqual([]);
    const both = analyze(`${ptOnly} 97110-GO.`).flags.filter((f) => f.id === 'discipline.mixed');
    expect(both).toHaveLength(1);
  });
  it('a PT note with OT cues is flagged when the discipline is given', () => {
    const f = mixed('PT');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/PT note/);
  });
  it('an OT note with OT cues is not', () => {
    expect(mixed('OT')).toEqual([]);
    expect(analyze(ptOnly, { discipline: 'PT' }).flags.some((f) => f.id === 'discipline.mixed')).toBe(false);
  });
});

describe('billed GP/GO against the known discipline', () => {
  const a = analyze(ptOnly);
  const results = (claim: string, d?: 'PT' | 'OT') =>
    checkBilled(a, parseBilledLines(claim).lines, 'cms', d).filter((r) => r.status === 'modifier');
  it('GO on a PT note is a modifier problem only when the discipline is known', () => {
    expect(results('97110 x1 GO')).toEqual([]);
    expect(results('97110 x1 GO', 'PT')[0]?.message).toMatch(/bill it under GP/);
    expect(results('97110 x1 GP', 'PT')).toEqual([]);
  });
  it('a missing modifier names the expected one', () => {
    expect(results('97110 x1', 'OT')[0]?.message).toMatch(/add GO/);
    expect(results('97110 x1')[0]?.message).toMatch(/GP \(PT plan of care\) or GO/);
  });
});
