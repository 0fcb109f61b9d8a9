/** Context status per statement: negated, planned, history, goal, other — and what is still performed. */
import { describe, expect, it } from 'vitest';
import { one, run, seg } from './helpers';

describe('status by wording', () => {
  it.each([
    ['Pt declined balance training.', 'negated'],
    ['Gait training held due to pain.', 'negated'],
    ['Stair training not performed secondary to dizziness.', 'negated'],
    ['Manual therapy deferred; skin irritation.', 'negated'],
    ['Will progress to lifting next visit.', 'planned'],
    ['Stair training next session.', 'planned'],
    ['Plan to add tandem stance on foam.', 'planned'],
    ['Pt will be able to ambulate 300 ft with SPC.', 'goal'],
    ['Goal: independent sit to stand from low chair.', 'goal'],
    ['PLOF: independent with transfers and community ambulation.', 'history'],
    ['Pt performed squats last visit without pain.', 'history'],
    ['Pt reports doing his HEP squats daily.', 'other'],
    ['Pt rode bike unsupervised while therapist documented.', 'other'],
  ])('%s → %s', (text, status) => {
    const s = one(text);
    expect(s.status).toBe(status);
    expect(s.code).toBeNull();
  });

  it.each([
    'No c/o pain during squats 3x10.',
    'Sit to stand x10 done today; will progress to lifting next visit.',
    'Pt declined stairs but completed step-ups 3x10 for quad strength.',
    'Hamstring stretch held 30 sec x3.',
    'Sit to stand x10 from mat; pt denied dizziness.',
  ])('still performed: %s', (text) => {
    const s = one(text);
    expect(s.status).toBe('performed');
    expect(s.code).not.toBeNull();
  });

  it('the plan clause does not lend its activity to today', () => {
    expect(one('Sit to stand x10 done today; will progress to lifting next visit.').code).toBe('97530');
    expect(one('Pt declined stairs but completed step-ups 3x10 for quad strength.').code).toBe('97110');
  });
});

describe('status by section', () => {
  const note = [
    'S: Pt reports doing squats at home.',
    'PMH: R TKA 2019, balance training at prior facility.',
    'O:',
    'Sit to stand x10 to simulate toilet transfers.',
    'A: Tolerated tandem stance well, improving balance.',
    'P: Continue ther ex and progress to stair training.',
    'Goals:',
    '1. Ambulate 300 ft with SPC mod I.',
    'STG: sit to stand without UE support.',
  ].join('\n');
  const a = run(note);
  it.each([
    ['squats at home', 'other'],
    ['balance training at prior', 'history'],
    ['Sit to stand x10', 'performed'],
    ['Tolerated tandem stance', 'other'],
    ['progress to stair training', 'planned'],
    ['Ambulate 300 ft', 'goal'],
    ['sit to stand without UE', 'goal'],
  ])('%s → %s', (phrase, status) => {
    expect(seg(a, phrase).status).toBe(status);
  });
});

describe('not movement codes', () => {
  it.each([
    'Hot pack to L knee x10 min.',
    'MHP to lumbar spine 10 min in prone.',
    'Unattended e-stim (IFC) to R shoulder 15 min.',
    'Ultrasound 1 MHz 1.0 W/cm2 x 8 min to R lateral epicondyle.',
    'PT evaluation completed (97162), moderate complexity.',
    'OT re-eval performed; goals updated.',
    'BP 128/82, HR 76, SpO2 97% at rest.',
    'Discussed scheduling and insurance with pt.',
  ])('%s → status other, code null', (text) => {
    const s = one(text);
    expect(s.code).toBeNull();
    expect(s.status).toBe('other');
  });

  it('untimed minutes never reach the ledger', () => {
    const a = run('MHP x 10 min to L knee.\nLAQ 3x10 w/ 3# 15 min.');
    expect(a.codes).toEqual([expect.objectContaining({ code: '97110', minutes: 15 })]);
  });
});

describe('treatment headings end a Subjective section', () => {
  it.each(["Today's treatment:", 'Interventions performed:', 'Treatment:', 'Tx:'])('%s', (heading) => {
    const a = run(`Subjective: pt reports squats at home are easier.\n${heading}\nLAQ 3x10 w/ 3# cuff`);
    expect(seg(a, 'squats at home').status).toBe('other');
    expect(seg(a, 'LAQ').code).toBe('97110');
  });
});
