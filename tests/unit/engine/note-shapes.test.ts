/**
 * Shapes of real notes that once broke the reading stage (domain.md §12): sibling bullets that each carry
 * a label, minutes at the end of a line, narrative interventions of one code each with its own time,
 * template blanks, and a coaching cue under another written label. Each case has its counter-case.
 */
import { describe, expect, it } from 'vitest';
import { ledger, run, seg } from './helpers';

describe('bulleted label lines', () => {
  it('"- Label: … N min" bullets at one depth are separate interventions', () => {
    const note = [
      'Treatment provided:',
      '- Stair training: 8 steps x3 with L rail, step-to pattern, CGA, cues for sequencing. 11 min',
      '- Transfer practice: sofa<->standing x6, VC for nose over toes, so pt can get up from her own couch. 9 min',
      '- Strengthening: clamshells 2x15 green band for glute med strength, TC at pelvis. 10 min',
    ].join('\n');
    expect(ledger(note)).toEqual({ '97116': 11, '97530': 9, '97110': 10 });
  });

  it('a deeper bullet under a label line still belongs to it', () => {
    const note = [
      '- Ther ex 14 min: bridges 3x12 for glute strength',
      '    - VC to hold 3 sec at top',
      '- Gait 10 min: 150 ft x2 w/ SPC, cues for heel strike',
    ].join('\n');
    const a = run(note);
    expect(seg(a, 'bridges').text).toContain('hold 3 sec');
    expect(ledger(note)).toEqual({ '97110': 14, '97116': 10 });
  });
});

describe('minutes at the end of a line', () => {
  it('"… 9 min" then a new line starting "Pt tolerated" keeps its 9 minutes', () => {
    const note =
      'Ther ex: heel raises 3x15 for calf strength, VC for slow lowering. 9 min\nPt tolerated all without pain.';
    expect(ledger(note)).toEqual({ '97110': 9 });
  });

  it('"40 min PT session" on one line is still the visit length, not an intervention\'s time', () => {
    const a = run('Bridges 3x10 for glute strength, VC for form. Total 40 min PT session.');
    expect(a.codes[0]?.minutes ?? null).toBeNull();
  });
});

describe('narrative interventions of one code', () => {
  it('two activities each with their own minutes are added, not replaced', () => {
    const note =
      'First she walked on the treadmill for seven minutes to warm up. Next she did wall squats and step ups, three sets of ten, for quad strength with cues for knee alignment, about thirteen minutes.';
    expect(ledger(note)).toEqual({ '97110': 20 });
  });

  it('a per-set duration in the second activity is its dose, not more minutes', () => {
    const note =
      'Pt did bridges 3x10 for glute strength with VC for full hip extension, 10 min. Then wall sits 3 x 1 min for quad endurance.';
    expect(ledger(note)).toEqual({ '97110': 10 });
  });
});

describe('template blanks', () => {
  it('a label with only "***" documents nothing and the blank is flagged', () => {
    const a = run('Therapeutic Activities: ***\nGait training 12 min: 200 ft x2 w/ RW, cues for upright posture, CGA.');
    expect(a.codes.map((c) => c.code)).toEqual(['97116']);
    expect(a.flags.map((f) => f.id)).toContain('note.placeholder');
  });

  it('a note without blanks raises no placeholder flag; a bare label with minutes is still read', () => {
    const a = run('Ther ex 12 min:');
    expect(a.codes.map((c) => c.code)).toEqual(['97110']);
    expect(a.flags.map((f) => f.id)).not.toContain('note.placeholder');
  });
});

describe('a coaching cue under a written label', () => {
  it('"TA: … cued for equal WB" stays 97530: a cue is how it was coached, not its intent', () => {
    const a = run('TA (10 min): floor to stand x3 via half kneel, min A, cued for equal WB through both legs.');
    expect(a.codes.map((c) => c.code)).toEqual(['97530']);
  });

  it('a stated balance goal under the same label still reads as 97112 (and the label disagreement is flagged)', () => {
    const a = run('TA (10 min): tandem stance on foam 4x30 sec, CGA, to improve static balance and proprioception.');
    expect(a.codes.map((c) => c.code)).toEqual(['97112']);
  });
});

describe('flowsheet time fields', () => {
  it('"<Code> Time: N minutes" over a details line gives the field\'s minutes, not the details\' doses added', () => {
    const note = [
      'Ther Ex Time: 12 minutes',
      'Ther Ex Details: arm bike x 5 min fwd/back; wall push-ups 2x12 for UE strength, VC for elbow position.',
    ].join('\n');
    expect(ledger(note)).toEqual({ '97110': 12 });
  });

  it('a field recorded as 0 minutes is not an intervention; one with minutes is', () => {
    const note = [
      'Manual Therapy Time: 0 minutes',
      'Gait Training Time: 9 minutes',
      'Gait Training Details: 120 ft x3 with quad cane, cues for cane sequencing, min A.',
    ].join('\n');
    const a = run(note);
    expect(ledger(note)).toEqual({ '97116': 9 });
    expect(a.missing.filter((m) => m.code === '97140')).toEqual([]);
  });
});

describe('stair and gait-pattern training with a functional goal', () => {
  it('stair training "to get to the laundry room downstairs" stays 97116', () => {
    const a = run(
      'Stair training 12 steps x2 with L rail, step-to pattern, CGA, VC for sequence, to get to the laundry room downstairs.',
    );
    expect(a.codes.map((c) => c.code)).toEqual(['97116']);
  });

  it('step-ups practised to simulate a bus step are 97530 (a functional drill, not stair training)', () => {
    const a = run('Step-ups onto 8 in step x12 holding rail, min A, to simulate getting onto the bus.');
    expect(a.codes.map((c) => c.code)).toEqual(['97530']);
  });
});

describe('check-box templates and run-on dictation', () => {
  it('an unchecked box is not done (and its blank is not flagged); a ticked one is', () => {
    const note = [
      '[X] Ther ex 11 min: hip abd in sidelying 2x12 for glute med strength, VC for no trunk roll',
      '[ ] Manual therapy ___ min',
      '☐ Gait training ___ min',
    ].join('\n');
    const a = run(note);
    expect(ledger(note)).toEqual({ '97110': 11 });
    expect(a.flags.map((f) => f.id)).not.toContain('note.placeholder');
  });

  it('an unfilled blank on a ticked line is flagged', () => {
    const a = run('[x] Gait training ___ min: 100 ft x2 with RW, cues for posture, CGA');
    expect(a.flags.map((f) => f.id)).toContain('note.placeholder');
  });

  it('"and then N minutes of …" in unpunctuated dictation opens a new intervention', () => {
    const note =
      'so we started with about twelve minutes of arm exercises for her shoulder strength with cues to keep her elbow in and then eight minutes of stair practice with one rail step to pattern she needed contact guard';
    expect(ledger(note)).toEqual({ '97110': 12, '97116': 8 });
  });

  it('"and then moved on to …" without its own time stays in the same intervention', () => {
    const note =
      'Balance work 20 min: static stance on foam with eyes closed 3 x 30 sec and then moved on to reaching outside base of support to cones x10, CGA, for fall prevention.';
    expect(ledger(note)).toEqual({ '97112': 20 });
  });
});

describe('nothing joins across a clause that stands alone', () => {
  it('a timed clause, a plan line, then an activity: no segment spans the plan (segments never overlap)', () => {
    const note = '12 min. Will add floor transfers next visit. Bridges 3x10 for glute strength, VC for full extension.';
    const a = run(note);
    let last = 0;
    for (const s of a.segments) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
    expect(seg(a, 'Bridges').text).not.toContain('next visit');
  });
});
