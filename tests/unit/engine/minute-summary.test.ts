import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { isSummaryLine } from '../../../lib/engine/minute-summary';

const minutesOf = (text: string) => Object.fromEntries(analyze(text).codes.map((c) => [c.code, c.minutes]));

describe('minutes summary lines', () => {
  it('tells a summary line from an intervention', () => {
    expect(isSummaryLine('97110 Therapeutic exercise - 16 min - 1 unit')).toBe(true);
    expect(isSummaryLine('Neuromuscular Re-ed Minutes\t13')).toBe(true);
    expect(isSummaryLine('TA: 12 min')).toBe(true);
    expect(isSummaryLine('Ther ex 12 min: bridges 2x10')).toBe(false);
    expect(isSummaryLine('Gait training')).toBe(false);
  });

  it('does not count a billing block a second time', () => {
    const note = [
      'Ther ex (20 min): wall squats 3x10 and step-ups 2x10 for quad strength, VC for knee alignment.',
      'Gait (10 min): amb 300 ft with SPC on level surfaces, cues for step length.',
      'Pt tolerated well.',
      '',
      'Charges:',
      '97110 Ther ex x 20 min - 1 unit',
      '97116 Gait training x 10 min - 1 unit',
    ].join('\n');
    const a = analyze(note);
    expect(minutesOf(note)).toEqual({ '97110': 20, '97116': 10 });
    expect(a.totals.timedMinutes).toBe(30);
    expect(a.missing).toEqual([]);
    expect(a.flags.map((f) => f.id)).not.toContain('documentation.vague');
  });

  it('gives the summary minutes to interventions written without their own', () => {
    const note = [
      'Manual Therapy Minutes: 12',
      'Therapeutic Exercise Minutes: 15',
      'Therapeutic Activity Minutes: 0',
      'Grade III PA mobs T5-8 to improve thoracic extension and decrease pain.',
      'Prone Ts and Ys 2x12 with 1# for scapular strength, TC at inferior angle.',
      'Pt tolerated well.',
    ].join('\n');
    expect(minutesOf(note)).toEqual({ '97140': 12, '97110': 15 });
  });

  it('keeps the interventions’ own minutes and says so when a summary disagrees', () => {
    const note = [
      'Ther ex (20 min): bridges 3x12 for glute strength, cues for pelvic level.',
      'Pt tolerated well.',
      'Billing:',
      '97110 Therapeutic exercise 25 min',
    ].join('\n');
    const a = analyze(note);
    expect(minutesOf(note)).toEqual({ '97110': 20 });
    expect(a.flags.find((f) => f.id === 'minutes.summary-mismatch')?.message).toMatch(/25 min.*20 min/);
  });

  it('leaves a code named only on a summary line as the label-only intervention it is', () => {
    const a = analyze('Ther ex: 16 min\nNMR: 13 min');
    expect(minutesOf('Ther ex: 16 min\nNMR: 13 min')).toEqual({ '97110': 16, '97112': 13 });
    expect(a.missing.some((m) => m.code === '97110' && m.element === 'activity')).toBe(true);
  });
});
