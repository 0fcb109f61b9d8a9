/**
 * Shapes of real EHR exports and dictation that the December reading rules handle (our own examples,
 * not corpus sentences): each test asserts the codes, minutes or elements the engine reports.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { ledger as codes } from './helpers';

const missing = (text: string) => analyze(text).missing.map((m) => `${m.code}:${m.element}`);

describe('EHR exports', () => {
  it('Epic key-value rows: a minutes row times the detail row of the same label; a 0-minute row is not read', () => {
    const note = [
      'Flowsheet Row | Value',
      'Ther Ex Minutes | 14',
      'Ther Ex Detail | Clamshells w/ blue band 3x12 for L hip abductor strength, VC to keep pelvis still.',
      'Neuro Re-ed Minutes | 0',
      'Neuro Re-ed Detail | tandem stance',
      'Gait Minutes | 9',
      'Gait Detail | Quad cane 120 ft x2, cues for step-through pattern, CGA.',
    ].join('\n');
    expect(codes(note)).toEqual({ '97110': 14, '97116': 9 });
  });

  it('a CPT heading with its name and minutes covers the grid rows under it (dose times stay dose)', () => {
    const note = [
      'Exercise | Sets | Reps | Time | Notes',
      '97110 Therapeutic Exercise - 17 min',
      'UBE | | | 5 min | warm-up, UE endurance',
      'Wall push-ups | 2 | 12 | | for scapular strength',
      'Therapeutic Activity (97530) - 11 min',
      'Laundry basket carry | 3 | 20 ft | | to carry laundry upstairs, SBA',
    ].join('\n');
    expect(codes(note)).toEqual({ '97110': 17, '97530': 11 });
  });

  it("a label's unit-less time: '(13)' before its colon, a 24-hour range after it", () => {
    expect(codes('97116 Gait (13): rollator 150 ft x2, VC for upright trunk, CGA.')).toEqual({ '97116': 13 });
    const clock =
      'Therapeutic exercise - 1400-1412:\n  Seated knee extension 2x15 w/ 3# for quad strength, VC for full ext.';
    expect(codes(clock)).toEqual({ '97110': 12 });
  });

  it('SNF mode-minute logs and OASIS/GG item scores are not interventions', () => {
    expect(analyze('Individual min: 30 | Concurrent min: 0 | Group min: 20').codes).toEqual([]);
    expect(analyze('M1850 Transferring: 2 - able to bear weight and pivot').codes).toEqual([]);
    expect(analyze('GG0170C Lying to sitting on side of bed: 03').codes).toEqual([]);
  });

  it('Epic SmartList leftovers are blanks: no intervention, and a Response field holding one states no response', () => {
    expect(analyze('Manual Therapy (97140): {Minutes:20311}').codes).toEqual([]);
    const note = [
      'Therapeutic Exercise (97110): 12 minutes',
      '- Standing heel raises 3x15 for calf strength, VC for full ROM.',
      'Patient response: {Tolerance:40122}',
    ].join('\n');
    expect(missing(note)).toContain('97110:response');
  });

  it('a dated copy-forward banner and "Prev visit <date>:" are history', () => {
    const note = [
      '** The following text was copied from note dated 11/30/2026 **',
      'Gait 12 min: SPC 200 ft x2, CGA, cues for heel strike.',
      '** End of copied text **',
      'Ther ex 15 min: bridges 3x10 for glute strength, TC at hips.',
      'Prev visit 11/30: stair training 4 steps x2.',
    ].join('\n');
    expect(codes(note)).toEqual({ '97110': 15 });
  });

  it('a header field ends at its line; a one-line S: ends at a blank line', () => {
    const note = 'Dx: R rotator cuff repair\nRows w/ green band 3x12 for scapular strength, 10 min, VC for retraction.';
    expect(codes(note)).toEqual({ '97110': 10 });
    const s = 'S: Shoulder sore after gardening.\n\nTA 12 min: lifting 5# pots to a shelf x10 to garden, SBA.';
    expect(codes(s)).toEqual({ '97530': 12 });
  });
});

describe('dictation with spoken punctuation', () => {
  it('"period", "comma", "colon" and "new paragraph" separate the interventions and their minutes', () => {
    const note =
      'patient reports pain two out of ten period new paragraph we did therapeutic exercise for ten minutes colon ' +
      'mini squats two sets of ten for quad strength comma cues for knee alignment period new paragraph then gait ' +
      'training thirteen minutes with the cane one hundred feet times two comma cues for step length period';
    expect(codes(note)).toEqual({ '97110': 10, '97116': 13 });
  });

  it('leaves a rest period and an anatomical colon alone in typed notes', () => {
    expect(codes('Bike 8 min for LE endurance with a rest period of 1 min, HR monitored.')).toEqual({ '97110': 8 });
  });
});

describe('guarding and goals', () => {
  it('contact guard "for loss of balance" is safety help, not a balance intent', () => {
    const s =
      'Reaching to place cans on a high shelf x10, contact guard for loss of balance, to unpack groceries at home.';
    expect(analyze(s).suggested).toBe('97530');
  });

  it('doing a task on her own inside the stated goal is not unsupervised time', () => {
    expect(analyze('Door key turning x10 trials, to unlock the door on her own, VC for grip.').suggested).toBe('97530');
    expect(analyze('Pt rode the bike on her own while PT documented.').suggested).toBeNull();
  });
});
