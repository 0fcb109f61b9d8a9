/** Intent over keywords (domain.md §1, §11): flip pairs, every code, close calls, why sentences. */
import { describe, expect, it } from 'vitest';
import { one } from './helpers';

describe('the same movement, three codes, by stated purpose', () => {
  it.each([
    ['Squat x10 for quad strength.', '97110'],
    ['Squat to reach a low cupboard x10, SBA.', '97530'],
    ['Squat on foam with mirror feedback for alignment and proprioception.', '97112'],
    ['Step-ups 3x10 on 6" step for quad strength.', '97110'],
    ['Step-ups on 6" step x10 to simulate bus step entry.', '97530'],
    ['Step-ups on foam x10 for balance, CGA.', '97112'],
    ['Reach with 1# wrist weight 2x10 for shoulder strength.', '97110'],
    ['Reaching to high shelf x10 to retrieve cups, SBA.', '97530'],
    ['Reaching outside BOS in standing for balance and postural control.', '97112'],
    ['Bridges 3x10 for glute strength.', '97110'],
    ['Bridging x10 to facilitate scooting up in bed.', '97530'],
    ['Bridge on therapy ball for core stability and motor control.', '97112'],
    ['Sit to stand x10 from mat for quad strength.', '97110'],
    ['Sit to stand from low chair x10 to simulate toilet transfers.', '97530'],
    ['Sit to stand on foam with VC for weight shift, focus on balance.', '97112'],
  ])('%s → %s', (text, code) => {
    const s = one(text);
    expect(s.status).toBe('performed');
    expect(s.code).toBe(code);
  });
});

describe('convention cases', () => {
  it.each([
    ['Seated marching w/ 2# for hip flexor strength in prep for stairs.', '97110'],
    ['Sit to stand x10 in group with 2 pts.', '97150'],
    ['Balance circuit with 3 patients simultaneously, therapist dividing attention.', '97150'],
    ['Concurrent therapy: pt performed LAQ while therapist treated another pt.', '97150'],
    ['Grade III PA mobs to L knee for flexion ROM.', '97140'],
    ['STM and IASTM to R ITB for pain.', '97140'],
    ['MFR to cervical paraspinals.', '97140'],
    ['MLD to L UE for lymphedema.', '97140'],
    ['Manual traction to C-spine 5 x 30s.', '97140'],
    ['Trigger point release to R upper trap.', '97140'],
    ['PROM R shoulder flexion and ER to tolerance.', '97110'],
    ['Stair training 12 steps with 1 rail, step-to pattern.', '97116'],
    ['Gait training w/ RW 150 ft x2, VC for step length.', '97116'],
    ['Ambulated 150 ft with new SPC, cues for sequencing.', '97116'],
    ['Tandem walking 4 x 20 ft for balance.', '97112'],
    ['LB dressing with reacher and sock aid, min A.', '97535'],
    ['Tub transfer bench instruction for bathing.', '97535'],
    ['One-handed meal prep with VC for kitchen safety.', '97535'],
    ['Energy conservation training during showering.', '97535'],
    ['Caregiver training in safe car transfers.', '97535'],
    ['Hip kit training after THA for LB dressing.', '97535'],
    ['Floor-to-waist box lift 10# x8 in prep for return to work.', '97530'],
    ['Carrying 5# laundry basket 20 ft, VC for posture.', '97530'],
    ['Bed mobility: rolling and supine to sit with min A.', '97530'],
    ['LAQ 3x10 w/ 3# cuff.', '97110'],
    ['Tandem stance 4x30s on foam, CGA.', '97112'],
    ['PNF D2 patterns R UE for motor control.', '97112'],
  ])('%s → %s', (text, code) => {
    expect(one(text).code).toBe(code);
  });

  it('walking only for distance or endurance is 97110 at most, with low confidence', () => {
    const s = one('Ambulated 600 ft on level surfaces for endurance.');
    expect(s.code).toBe('97110');
    expect(s.confidence).toBeLessThanOrEqual(0.5);
    expect(s.why).toMatch(/walking/i);
  });
});

describe('uncertainty', () => {
  it('"toilet transfer training" is a close call between 97530 and 97535', () => {
    const s = one('Toilet transfer training.');
    expect(s.confidence).toBeLessThan(0.6);
    expect([s.code, ...s.alternatives.map((a) => a.code)].sort()).toEqual(['97530', '97535']);
    expect(s.alternatives.map((a) => a.code)).not.toContain(s.code);
    expect(s.why).toMatch(/close call/i);
  });

  it('a clear statement is confident and its alternatives are runner-ups only', () => {
    const s = one('TA (12 min): sit to stand x10 to simulate toilet transfers, min A.');
    expect(s.confidence).toBeGreaterThan(0.8);
    expect(s.alternatives.every((a) => a.code !== s.code)).toBe(true);
    for (const a of s.alternatives) expect(a.score).toBeLessThanOrEqual(1);
  });
});

describe('why sentences and evidence', () => {
  it('names the purpose that overrode the activity', () => {
    const s = one('Sit to stand from low chair x10 to simulate toilet transfers.');
    expect(s.why).toContain('97530');
    expect(s.why).toContain('to simulate toilet transfers');
    expect(one('Squat to reach a low cupboard x10.').why).toMatch(
      /^97530 rather than 97110: the stated purpose is a functional task/,
    );
  });

  it('says when no purpose is stated', () => {
    expect(one('Clamshells 3x15 with red TB.').why).toMatch(/no purpose is stated/);
  });

  it('evidence points into the note with rule ids and kinds', () => {
    const text = 'Mini squats 3x10 for quad strength, VC for form.';
    const s = one(text);
    const kinds = new Set(s.evidence.map((e) => e.kind));
    expect(kinds).toEqual(new Set(['activity', 'purpose', 'skill']));
    const act = s.evidence.find((e) => e.ruleId === '97110.movement');
    expect(text.slice(act?.start, act?.end)).toBe('Mini squats');
  });

  it('minutes are time evidence inside the segment', () => {
    const s = one('Gait training w/ RW 12 min, VC for step length.');
    const t = s.evidence.find((e) => e.kind === 'time');
    expect(s.text.slice((t?.start ?? 0) - s.start, (t?.end ?? 0) - s.start)).toBe('12 min');
  });
});

describe('misspellings', () => {
  it.each([
    ['Propriception training on foam 3x30s.', '97112'],
    ['Strenghtening B LE w/ 3# cuff 3x10.', '97110'],
    ['Tranfers bed to chair with CGA x4.', '97530'],
    ['Balence activities in standing, CGA.', '97112'],
  ])('%s → %s', (text, code) => {
    expect(one(text).code).toBe(code);
  });
});
