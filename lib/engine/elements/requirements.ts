/**
 * Which elements each code needs (the shared definition in issue #4, after domain.md §7), with the
 * coder-facing message and a neutral hint per element. Hints ask for facts; they never name a code
 * or suggest wording that would change the code (compliance: no leading toward a higher-paying code).
 */
import type { Element } from '../../contracts/analysis';
import { CODES, type Code } from '../../contracts/codes';

const ALL: readonly Code[] = CODES;

/** The codes for which each element is checked: exactly the cells domain.md §7's table marks "checked". */
export const REQUIRED: Readonly<Record<Element, readonly Code[]>> = {
  minutes: ALL.filter((c) => c !== '97150'), // 97150 is untimed
  activity: ALL,
  'body-region': ['97110', '97140'],
  purpose: ['97530', '97110', '97112', '97535', '97140'], // gait training is its own purpose; group not checked
  dosage: ['97530', '97110', '97112', '97116'],
  'skilled-input': ['97530', '97110', '97112', '97535', '97116'], // the manual technique is the skill; group not checked
  response: ALL,
};

/** What is missing, in words a coder reads after "<code>: ". */
export const MESSAGES: Readonly<Record<Element, string>> = {
  minutes: 'no minutes stated for this intervention',
  activity: 'intervention named only generically (no exercise, task, technique, device or surface named)',
  'body-region': 'no body region named',
  purpose: 'no purpose or goal stated',
  dosage: 'no dosage stated (sets/reps, load, distance, time, trials or grade)',
  'skilled-input': "nothing shows the therapist's skilled input",
  response: 'no patient response stated',
};

/** A neutral question for the clinician: what is true, never what to write to change the code. */
export const HINTS: Readonly<Record<Element, string>> = {
  minutes:
    "Record the minutes actually spent on this intervention, e.g. '12 min' or '10:05-10:17' (recommended for Medicare; needed to check units).",
  activity: 'Name what was actually done: the exercise, task, technique, equipment or surface.',
  'body-region': "Name the body region or muscle group exercised, e.g. 'B LE', 'R shoulder'.",
  purpose: 'State what this activity was for, if it was for something — e.g. a functional task, strength, or balance.',
  dosage: 'Record the amount as performed: sets and reps, load or resistance, distance, time, trials or grade.',
  'skilled-input':
    'Describe your skilled input, if there was any: cues, assist level, facilitation, instruction, progression or correction.',
  response: 'Note how the patient responded: tolerance, symptoms, fatigue, or a change in performance.',
};
