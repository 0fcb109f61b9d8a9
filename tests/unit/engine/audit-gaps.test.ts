/** Audit of issues #3/#4: activity vocabulary, purpose-only coding, task objects, why wording, alternatives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { one, run, seg } from './helpers';

describe('step-downs and other common activities', () => {
  it.each([
    ['Lateral step downs 2x10 for proprioceptive control, CGA.', '97112'],
    ['Forward step-downs 3x10 off 6" step for quad strength.', '97110'],
    ['Eccentric step-downs x10 to simulate descending curb, SBA.', '97530'],
    ['Step-downs 2x10 from 4" step, SBA.', '97110'],
  ])('%s → %s (the purpose decides)', (text, code) => {
    expect(one(text).code).toBe(code);
  });

  it.each([
    ['Monster walks 3x20 ft w/ green TB.', '97110'],
    ['Pallof press 3x10 w/ red TB B.', '97110'],
    ['Wall walks R UE x10 to end range.', '97110'],
    ["Farmer's carries 2x15# 100 ft x3, SBA.", '97530'],
    ['Sled push 4x40 ft, 45#.', '97530'],
    ['Cone taps in SLS x10 ea LE, CGA.', '97112'],
    ['Otago exercises level B x1 set, CGA.', '97112'],
    ['Agility ladder drills x4 lengths, VC for foot placement.', '97112'],
    ['Rice bucket: retrieved 10 coins w/ R hand, min VC.', '97530'],
    ['Bean bag toss into target x20 in standing, SBA.', '97530'],
    ['Cupping to L lumbar paraspinals 6 min for tissue restriction.', '97140'],
    ['Stair stepper 8 min L3 for endurance.', '97110'],
  ])('%s → usual code %s', (text, code) => {
    expect(one(text).code).toBe(code);
  });

  it.each([
    'Modified Epley maneuver R x2 for R posterior canal BPPV.',
    'Trigger point dry needling to L upper trap x3 needles.',
  ])('%s is a procedure outside the seven codes: no code, minutes never counted', (text) => {
    const a = run(`${text} 10 min.`);
    expect(a.segments[0]?.code).toBeNull();
    expect(a.segments[0]?.why).toMatch(/outside these seven/);
    expect(a.totals.timedMinutes).toBe(0);
  });
});

describe('unknown activity: a purpose clause plus a dose decides, uncertain', () => {
  it('codes by the purpose at low confidence and says so', () => {
    const s = one('Sidelying windmills 2x10 for thoracic ROM.');
    expect(s.code).toBe('97110');
    expect(s.confidence).toBeLessThan(0.6);
    expect(s.why).toMatch(/purpose only/);
    expect(s.why).toContain('for thoracic ROM');
  });
  it.each([
    'Windmills for thoracic ROM.', // no dose
    'Windmills 2x10.', // no purpose
    'VC for posture during windmills 2x10.', // only a cue's target, not a purpose
  ])('%s stays uncoded', (text) => {
    expect(one(text).code).toBeNull();
  });
});

describe('toilet, bed, chair, car or tub as the object of a functional purpose', () => {
  it('squats to get on/off the toilet are 97530, not 97110', () => {
    const s = one('Squats 2x10 to improve ability to get on/off toilet, SBA');
    expect(s.code).toBe('97530');
    expect(s.why).toMatch(/97530 rather than 97110/);
  });
  it('STS to rise from the toilet names the purpose and misses no purpose element', () => {
    const a = run('STS x10 to improve ability to rise from toilet');
    expect(a.segments[0]?.code).toBe('97530');
    expect(a.segments[0]?.why).toContain('to improve ability to rise from toilet');
    expect(a.missing.map((m) => m.element)).not.toContain('purpose');
  });
  it('a chair named outside a purpose clause is not a functional goal', () => {
    expect(one('Sit to stand from chair x10 for quad strength.').code).toBe('97110');
  });
});

describe('why names the decisive cue', () => {
  it.each([
    'Tub transfer bench training for bathing, min A.',
    'LB dressing with reacher and sock aid, min A.',
    'Rocker knife for cutting food, one-handed, SBA.',
  ])('%s: adaptive equipment, not caregiver training', (text) => {
    const s = one(text);
    expect(s.code).toBe('97535');
    expect(s.why).toMatch(/adaptive equipment/);
    expect(s.why).not.toMatch(/caregiver/);
  });
  it('caregiver training still says caregiver/family training', () => {
    expect(one('Caregiver training in safe car transfers; daughter return-demonstrated.').why).toMatch(
      /caregiver\/family training/,
    );
  });
});

describe('alternatives are runner-ups only', () => {
  const pieces = fc.constantFrom(
    'Toilet transfer training.',
    'Squats x10',
    'for quad strength',
    'on foam for balance',
    'to simulate curb',
    'with reacher',
    'in group of 3 pts',
    'STM to R upper trap',
    'gait training w/ RW',
    'LB dressing',
    'min A.',
    '\n',
  );
  it('never lists the chosen code', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        for (const s of analyze(parts.join(' ')).segments)
          expect(s.alternatives.map((a) => a.code)).not.toContain(s.code);
      }),
      { numRuns: 300 },
    );
  });
});

describe('vague-intervention flag quotes', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    const a = run('Ther ex 15 min performed today as per flowsheet for proprioceptive awareness.');
    const f = a.flags.find((x) => x.id === 'documentation.vague');
    expect(f?.message).toMatch(/"[^"]*\w…"/);
    expect(f?.message).not.toMatch(/propriocepti[^a-z]/);
  });
});

describe('group language under a one-on-one label', () => {
  it('keeps 97150 and flags the mislabelled segment', () => {
    const a = run('Pt arrived. Ther ex 20 min concurrently w/ 2 other pts: LAQ 3x10, SLR 2x10.');
    const s = seg(a, 'concurrently');
    expect(s.code).toBe('97150');
    const f = a.flags.find((x) => x.id === 'group-language.mislabelled');
    expect(f?.segments).toEqual([a.segments.indexOf(s)]);
    expect(f?.message).toMatch(/97110/);
  });
  it('a heading label covers its items', () => {
    const a = run('NMR (15 min):\n- Tandem stance on foam in group of 3 pts, CGA');
    expect(a.flags.some((f) => f.id === 'group-language.mislabelled')).toBe(true);
  });
  it('a group note written as group is not flagged', () => {
    const a = run('Group therapy 45 min: 4 pts seated LE exercises, VC for form.');
    expect(a.segments[0]?.code).toBe('97150');
    expect(a.flags.some((f) => f.id.startsWith('group-language'))).toBe(false);
  });
});

describe('attended modalities through analyze()', () => {
  const ex4 = [
    'Ther ex 18 min: LAQ 3x10 3# B LE for quad strength, VC.',
    'Manual 13 min: grade III PA glides L4-5 for pain.',
    'Gait training 10 min: RW 150 ft x2, VC for step length.',
    'Ultrasound 1 MHz 1.0 W/cm2 to L lumbar paraspinals 8 min.',
    'Unattended e-stim (IFC) 15 min; MHP 10 min.',
  ].join('\n');
  it('manual ex 4: T = 49, 3 CMS units, 97035 outside codes with an info flag', () => {
    const a = run(ex4);
    expect(a.codes.map((c) => [c.code, c.minutes, c.units.cms])).toEqual([
      ['97110', 18, 1],
      ['97140', 13, 1],
      ['97116', 10, 1],
    ]);
    expect(a.totals.timedMinutes).toBe(49);
    expect(a.totals.units.cms).toBe(3);
    expect(a.flags.find((f) => f.id === 'units.timed-modality')?.segments).toEqual([3]);
  });
  it('a declined ultrasound adds nothing', () => {
    const a = run('Ther ex 18 min: LAQ 3x10 for quad strength.\nPt declined ultrasound 8 min today.');
    expect(a.totals.timedMinutes).toBe(18);
    expect(a.flags.some((f) => f.id === 'units.timed-modality')).toBe(false);
  });
  it.each([
    ['Iontophoresis w/ dexamethasone to R lateral epicondyle 12 min.', 12],
    ['Attended e-stim to R VMO 10 min during quad sets.', 10],
    ['Unattended e-stim (IFC) to lumbar paraspinals 15 min.', 0],
  ])('%s → %i timed minutes', (text, minutes) => {
    expect(run(text).totals.timedMinutes).toBe(minutes);
  });
});
