/** Every element detector finds its example and not its non-example; hints stay neutral. */
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../lib/contracts/codes';
import { DETECTORS, HINTS, MESSAGES, REQUIRED } from '../../../lib/engine/elements';

describe.each(DETECTORS.map((d) => [d.id, d]))('%s', (_id, d) => {
  it.each(d.examples.positive)('finds %j', (ex) => expect(d.re.test(ex)).toBe(true));
  it.each(d.examples.negative)('does not find %j', (ex) => {
    const sameElement = DETECTORS.filter((x) => x.element === d.element);
    // The negative example must lack the element altogether, not just this one pattern.
    for (const x of sameElement) expect(x.re.test(ex), `${x.id} on ${ex}`).toBe(false);
  });
});

it('detector ids are unique and prefixed by their element', () => {
  const ids = DETECTORS.map((d) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const d of DETECTORS) expect(d.id.startsWith(`${d.element}.`)).toBe(true);
});

describe('requirements are exactly the cells domain.md §7 marks "checked"', () => {
  it.each([
    ['body-region', ['97110', '97140']],
    ['dosage', ['97530', '97110', '97112', '97116']],
    ['skilled-input', ['97530', '97110', '97112', '97535', '97116']],
    ['minutes', ['97530', '97110', '97112', '97535', '97116', '97140']],
    ['activity', [...CODES]],
    ['purpose', ['97530', '97110', '97112', '97535', '97140']],
    ['response', [...CODES]],
  ] as const)('%s: %j', (element, codes) => expect([...REQUIRED[element]].sort()).toEqual([...codes].sort()));
});

describe.each(Object.entries(HINTS))('hint for %s', (element, hint) => {
  it('names no code', () => expect(hint).not.toMatch(/\b97\d{3}\b|\bCPT\b/));
  it('never tells the clinician to write a word to change the code', () => {
    expect(hint).not.toMatch(/\b(write|add|use|include|document)\s+['"“]?functional/i);
    expect(hint).not.toMatch(/\bto (get|bill|qualify|support)\b/i);
    expect(hint).not.toMatch(/\b(therapeutic activit|higher|reimburs|pay)/i);
  });
  it('has a message', () => expect(MESSAGES[element as keyof typeof MESSAGES]).toBeTruthy());
});

describe('a count written after the activity is dosage, a visit frequency is not', () => {
  const dosage = DETECTORS.filter((d) => d.element === 'dosage');
  const found = (t: string) => dosage.some((d) => d.re.test(t));
  it.each(['reach to upper shelf to retrieve dishes 10x', 'sit to stand 5 x from mat', 'ball toss 20× to target'])(
    'dosage: %s',
    (t) => expect(found(t)).toBe(true),
  );
  it.each(['continue POC 2x/wk', 'seen 3x a week', 'HEP 2x daily', 'freq 2x per week'])('not dosage: %s', (t) =>
    expect(found(t)).toBe(false),
  );
});

describe('equipment names the exercise; a generic name does not', () => {
  const activity = DETECTORS.filter((d) => d.element === 'activity');
  const found = (t: string) => activity.some((d) => d.re.test(t));
  it.each(['seated UE exercises with yellow theraband', 'bicep work w/ 3 lb dumbbells', 'chest pass w/ medicine ball'])(
    'activity: %s',
    (t) => expect(found(t)).toBe(true),
  );
  it.each(['Ther ex performed', 'group therapy 30 min', 'exercises as tolerated'])('no activity: %s', (t) =>
    expect(found(t)).toBe(false),
  );
});

describe('teach-back is a response; a therapist demonstrating is not', () => {
  const response = DETECTORS.filter((d) => d.element === 'response');
  const found = (t: string) => response.some((d) => d.re.test(t));
  it.each([
    'daughter demonstrated correctly x2',
    'pt return-demonstrated hip precautions',
    'wife demonstrating safe technique with gait belt',
  ])('response: %s', (t) => expect(found(t)).toBe(true));
  it.each(['therapist demonstrated technique', 'PT demonstrated exercise first', 'demonstration of sock aid'])(
    'no response: %s',
    (t) => expect(found(t)).toBe(false),
  );
});
