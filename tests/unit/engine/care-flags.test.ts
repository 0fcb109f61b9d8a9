/** Co-treatment billed in full, aide time, labels the content overrides; one flag per id. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { FLAG_DEFS } from '../../../lib/engine/flag-registry';

const ids = (t: string) => analyze(t).flags.map((f) => f.id);

describe('co-treatment (Part B)', () => {
  it('a co-treated block billed in full gets a warning', () => {
    const a = analyze('Co-treat w/ OT 20 min: toilet transfers x3 w/ min A, VC for hand placement.');
    const f = a.flags.find((x) => x.id === 'co-treatment');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/20 min .*Part B/);
  });
  it('a stated split of the minutes raises nothing', () =>
    expect(ids('Cotx with OT 30 min, time split 15 PT / 15 OT: car transfers x4, CGA.')).not.toContain('co-treatment'));
  it('talking to OT is not co-treatment', () =>
    expect(ids('Consulted OT re: splint. Ther ex 15 min: SLR 3x10 for quad strength, VC.')).not.toContain(
      'co-treatment',
    ));
});

describe('aide and unskilled time', () => {
  it('an aide supervising the bike is recognised, not billed, and flagged', () => {
    const a = analyze('Aide supervised pt on recumbent bike L2 10 min.');
    expect(a.segments[0]?.status).toBe('other');
    expect(a.codes).toEqual([]);
    expect(a.segments[0]?.why).toMatch(/aide/i);
    expect(a.flags.map((f) => f.id)).toContain('skill.aide-time');
  });
  it('the therapist delivering the same exercise is billed', () => {
    const a = analyze('Recumbent bike L2 10 min for LE endurance, PT monitored HR and RPE.');
    expect(a.codes.map((c) => c.code)).toEqual(['97110']);
    expect(a.flags.map((f) => f.id)).not.toContain('skill.aide-time');
  });
});

describe('stand-by assistance alone is not skilled input', () => {
  it('SBA alone leaves skilled input missing and walking for distance possibly unskilled', () => {
    const a = analyze('Walked 6 laps in hallway for endurance 10 min, SBA.');
    expect(a.missing.some((m) => m.element === 'skilled-input')).toBe(true);
    expect(a.flags.map((f) => f.id)).toContain('skill.possibly-unskilled');
  });
  it('cues with SBA are skilled input', () => {
    const a = analyze('Recumbent bike 10 min L3 for LE endurance, SBA, VC to keep cadence 60 rpm.');
    expect(a.missing.some((m) => m.element === 'skilled-input')).toBe(false);
  });
});

describe('the written label is the prior', () => {
  it('a job-task verb does not turn a labelled TA block into manual therapy', () => {
    const a = analyze(
      'TA (30 min): warehouse circuit - lift 20# tote shelf to floor x8, then tightening fittings while manipulating a wrench overhead, VC for bracing.',
    );
    expect(a.suggested).toBe('97530');
    expect(ids(a.segments[0]?.text ?? '')).not.toContain('label.overridden');
  });
  it('a plainly stated other purpose overrides the label and says so, naming label and words', () => {
    const a = analyze('TA (12 min): mini squats 3x10 with 4# for quad strength, VC for knee alignment.');
    expect(a.suggested).toBe('97110');
    const f = a.flags.find((x) => x.id === 'label.overridden');
    expect(f?.message).toMatch(/labelled TA \(97530\); reads as 97110 because the stated purpose is .*quad strength/);
  });
});

describe('flag registry', () => {
  it('every flag raised on a busy note is registered, and each id appears once', () => {
    const a = analyze(
      [
        'Ther ex 15 min: SLR 3x10 for quad strength, VC.',
        'Manual 8 min: STM R quad.',
        'TA 12 min: box lifts 10# x8 to simulate work, min A.',
        'Gait 400 min: walked for endurance.',
        'NMR 900 min: tandem stance.',
        'Co-treat w/ OT 10 min: transfers.',
        'Aide supervised bike 8 min.',
      ].join('\n'),
    );
    const got = a.flags.map((f) => f.id);
    expect(new Set(got).size).toBe(got.length);
    for (const id of got) expect(id in FLAG_DEFS || id.startsWith('ncci.')).toBe(true);
  });
});

describe('mergeFlags', () => {
  it('keeps one flag per id: distinct messages joined, segments united, a warning outranks info', async () => {
    const { flag, mergeFlags } = await import('../../../lib/engine/flag-registry');
    const merged = mergeFlags([
      flag('minutes.implausible', '"400 min" is not plausible.', [3], 'info'),
      flag('units.cms-tie', 'tie', [0]),
      flag('minutes.implausible', '"900 min" is not plausible.', [1, 3]),
      flag('minutes.implausible', '"400 min" is not plausible.', [5]),
    ]);
    expect(merged.map((f) => f.id)).toEqual(['minutes.implausible', 'units.cms-tie']);
    expect(merged[0]).toEqual({
      id: 'minutes.implausible',
      severity: 'warning',
      message: '"400 min" is not plausible. · "900 min" is not plausible.',
      segments: [1, 3, 5],
    });
  });
});
