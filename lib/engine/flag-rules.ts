/**
 * Patterns behind the note-level flags (domain.md §6, §8; issue #4). Data with stable ids and a
 * positive and a negative example each (asserted by tests/unit/ledger/flags.test.ts).
 */
import type { Code } from '../contracts/codes';

/** A flag trigger pattern. */
export interface FlagPattern {
  id: string;
  re: RegExp;
  example: string;
  nonExample: string;
}

/** A clock range written with an intervention ("10:05-10:20", "9:00 to 9:12"). */
export const CLOCK_RANGE: FlagPattern = {
  id: 'time.clock-range',
  re: /\b\d{1,2}:\d{2}\s*(?:-|–|to)\s*\d{1,2}:\d{2}\b/i,
  example: 'Manual 10:05-10:15: STM',
  nonExample: 'Manual 10 min: STM',
};

/** A re-evaluation on the same date (PT 97164, OT 97168). */
export const REEVAL: FlagPattern = {
  id: 'ncci.reeval',
  re: /\b9716[48]\b|\bre-?eval(?:uation)?s?\b/i,
  example: 'Re-eval performed today',
  nonExample: 'Initial eval 97162 on 10/1',
};

/** Words around a re-evaluation mention that put it in the future ("re-eval due in 2 wks", "next visit: re-eval"). */
export const REEVAL_FUTURE: FlagPattern = {
  id: 'ncci.reeval-future',
  re: /\b(?:due|next|scheduled|planned|will|plan|upcoming|in \d+\s*(?:wks?|weeks?|visits?|days?|tx))\b/i,
  example: 'Re-eval due in 2 weeks',
  nonExample: 'Re-eval performed today',
};

/** Several patients at once: one-on-one codes do not apply ("muscle group" is anatomy, not a group). */
export const GROUP_LANGUAGE: FlagPattern = {
  id: 'group-language',
  re: /(?<!muscle )\bgroups?\b(?! of muscles)|\bconcurrent(?:ly)?\b|\b(?:[2-9]|two|three|four|five|several|multiple|other)\s+(?:pts|patients)\b/i,
  example: 'ther ex in group w/ 3 pts',
  nonExample: 'quad muscle group strengthening',
};

/** A line or heading that opens with a one-on-one code's billing label or CPT number ("Ther ex", "TA", "NMR", "97110"). */
export const ONE_ON_ONE_LABEL: FlagPattern = {
  id: 'group-language.label',
  re: /^\s*(?:[-*•]\s*)?(?:\d{1,2}:\d{2}\s*(?:-|–|to)\s*\d{1,2}:\d{2}\s*)?(?:ther\.?\s*ex\.?|therex|te|ta|ther\.?\s*act\w*|therapeutic\s+(?:exercises?|activit(?:y|ies))|nmr|nmre|neuro\s*re-?\s*ed\w*|neuromuscular\s+re-?\s*ed\w*|manual(?:\s+therapy)?|mt|self[- ]?care|(?:cpt\s*)?97(?:530|110|112|535|116|140))\b|\b97(?:530|110|112|535|116|140)\b/i,
  example: 'Ther ex concurrently w/ 2 other pts: LAQ 3x10',
  nonExample: 'Group therapy 45 min: 4 pts seated LE exercises',
};

/** Walking whose stated aim is only distance or endurance. */
export const WALK_FOR_DISTANCE: FlagPattern = {
  id: 'skill.walk-distance',
  re: /\b(?:walk(?:ed|ing)?|amb(?:ulat(?:ed|ion|ing))?)\b[^.;\n]*\b(?:distance|endurance|laps?|cardio)\b|\b(?:distance|endurance|laps?)\b[^.;\n]*\b(?:walk(?:ed|ing)?|amb(?:ulat(?:ed|ion|ing))?)\b/i,
  example: 'walked 6 laps in hallway for endurance',
  nonExample: 'walked 150 ft with RW',
};

/** Repetition of an established home program the patient already does alone. */
export const INDEPENDENT_HEP: FlagPattern = {
  id: 'skill.independent-hep',
  re: /\b(?:HEP|home (?:exercise )?program)\b[^.;\n]*\b(?:indep(?:endent(?:ly)?)?|mod I|on (?:his|her|their) own|w\/?o cues|without cues|repeated|reviewed)\b|\b(?:indep(?:endent(?:ly)?)?|repeated)\b[^.;\n]*\b(?:HEP|home (?:exercise )?program)\b/i,
  example: 'Pt performed HEP independently',
  nonExample: 'HEP issued: 3 new exercises with handout',
};

/** PT discipline cues: GP modifier or a PT plan of care (case matters: "GP" not "gp"). */
export const PT_DISCIPLINE: FlagPattern = {
  id: 'discipline.pt',
  re: /\bGP\b|\bPT (?:[Pp]lan of [Cc]are|POC)\b|\b[Pp]hysical [Tt]herapy (?:[Pp]lan of [Cc]are|POC)\b/,
  example: '97110-GP',
  nonExample: 'Pt tolerated tx well',
};

/** OT discipline cues: GO modifier or an OT plan of care. */
export const OT_DISCIPLINE: FlagPattern = {
  id: 'discipline.ot',
  re: /\bGO\b|\bOT (?:[Pp]lan of [Cc]are|POC)\b|\b[Oo]ccupational [Tt]herapy (?:[Pp]lan of [Cc]are|POC)\b/,
  example: 'per OT plan of care',
  nonExample: 'pt will go home today',
};

/** How notes name an intervention next to written units; null = a service outside the seven codes. */
export const UNIT_ALIASES: readonly { re: string; code: Code | null }[] = [
  { re: String.raw`TE|ther\.? ?ex(?:ercise)?|therex|therapeutic exercises?`, code: '97110' },
  { re: String.raw`TA|ther\.? ?act(?:ivit(?:y|ies))?|therapeutic activit(?:y|ies)`, code: '97530' },
  { re: 'NMR|NMRE|neuro ?re-?ed(?:ucation)?|neuromuscular re-?ed(?:ucation)?', code: '97112' },
  { re: 'gait(?: training)?|GT', code: '97116' },
  { re: 'MT|manual(?: therapy)?', code: '97140' },
  { re: 'self[- ]care|ADL(?: training)?', code: '97535' },
  { re: 'US|ultrasound|e-?stim|NMES|TENS|ionto(?:phoresis)?|MHP|CP|traction|whirlpool', code: null },
];
