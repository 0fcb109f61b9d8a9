/**
 * Labelled statements, in our own words, for the judging rules of issue #11: the label as prior, recall
 * by purpose, the purpose vocabulary (job, yard, community tasks, sensory and kneeling postural work),
 * taught-to-avoid clauses, aide time. Each rule has cases that must code one way and near misses.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const code = (t: string) => run(t).suggested ?? 'none';

describe.each<[string, [string, string][]]>([
  [
    'job, yard and community tasks are 97530',
    [
      ['Shoveled wet sand 5 scoops x3 bouts w/ VC for hip hinge so pt can clear the front walk.', '97530'],
      ['Pt assembled elbow joints of copper pipe 12 min for return to plumbing work, min VC for grip.', '97530'],
      ['Loaded 8# grocery bags into car trunk x6, CGA, cues for staggered stance.', '97530'],
      ['In/out of car simulator x4 w/ SBA, educated on leading with hips.', '97530'],
      ['Golf swing w/ light cable 2x10 each side to return to weekend golf; no pain.', '97530'],
      ['Wheelbarrow pushes 30# 4x50 ft so pt can manage garden chores.', '97530'],
      ['Bicep curls 3x10 w/ 5# for elbow flexor strength.', '97110'],
    ],
  ],
  [
    'sensory, proprioceptive and kneeling postural work is 97112',
    [
      ['Cervical joint-position training w/ head laser x8 trials for neck proprioception, VC.', '97112'],
      ['Standing barefoot on different textures 3x1 min, VC to attend to foot contact for balance.', '97112'],
      ['Tall kneeling lateral wt shifts x10 each way w/ TC at pelvis for pelvic control.', '97112'],
      ['WB through R UE on mat table in sitting w/ TC at elbow for postural support.', '97112'],
      ['Alternating toe taps to floor targets x20 w/ VC for accuracy, ataxic R LE.', '97112'],
      ['Cervical retraction 2x10 for deep neck flexor strength.', '97110'],
    ],
  ],
  [
    'a home task as the goal of a dynamic movement is 97530; teaching the task is 97535',
    [
      ['Reaching to floor basket and up to a clothesline x12, SBA, so pt can hang washing.', '97530'],
      ['Instructed pt in laundry technique with reacher to retrieve clothes from washer, return demo.', '97535'],
      [
        'Kitchen safety: pt moved plates counter to table w/ walker tray, educated not to carry pots while walking.',
        '97535',
      ],
    ],
  ],
  [
    'the written label is the prior; a stated contrary purpose overrides it',
    [
      [
        'TA (35 min): warehouse circuit - tote lifts 20# x8, carry 40 ft, while manipulating a pallet jack handle; VC to brace.',
        '97530',
      ],
      ['TA (12 min): mini squats 3x10 w/ 4# for quad strength, VC for knee alignment.', '97110'],
      ['TA 20 min: early mobilization - bed to chair transfers x3 for safe discharge home, min A.', '97530'],
      [
        'TA (25 min): tire lifts 30# x6 for return to mechanic job, then manipulation of lug wrench overhead x10, VC.',
        '97530',
      ],
      ['TA 10 min: grade III PA mobs L4-5 for pain, then bed mobility.', '97140'],
    ],
  ],
  [
    'not a billable intervention',
    [
      ['Vitals pre-tx: BP 134/82, HR 76, SpO2 98%.', 'none'],
      ['Gait training held 2/2 dizziness and BP 88/50; RN notified.', 'none'],
      ['Rehab aide supervised pt on NuStep L4 10 min.', 'none'],
      ['Pt educated not to lift grandchildren until cleared by surgeon.', 'none'],
    ],
  ],
  [
    'two patients worked at once is 97150',
    [['Pt and another pt did sit to stand reps at the same time; PT alternated between them with cues.', '97150']],
  ],
])('%s', (_name, cases) => {
  it.each(cases)('%s → %s', (text, want) => expect(code(text)).toBe(want));
});

describe('why quotes a stated purpose, never "no purpose is stated"', () => {
  it.each([
    'Lift 20# crate floor to waist x8 to simulate lifting grandson into car seat, VC for hip hinge.',
    'Kettle transfers counter to table 12 min to prepare for living alone, CGA.',
  ])('%s', (text) => {
    const s = run(text).segments[0];
    expect(s?.why).not.toMatch(/no purpose is stated/);
    expect(s?.why).toMatch(/"(?:to simulate|to prepare)[^"]+"/);
  });
  it('recall by purpose: an unknown activity with a purpose and minutes is coded by it, at low confidence', () => {
    const s = run('Windmill drills 10 min for thoracic mobility.').segments[0];
    expect(s?.code).toBe('97110');
    expect(s?.confidence).toBeLessThan(0.6);
    expect(s?.why).toMatch(/by stated purpose only/);
  });
});
