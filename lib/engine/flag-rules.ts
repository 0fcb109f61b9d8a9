/**
 * Patterns behind the note-level flags (domain.md §6, §8; issue #4). Data with stable ids and a
 * positive and a negative example each (run by tests/unit/engine/patterns.test.ts).
 */
import type { Code } from '../contracts/codes';
import { type Pattern, pattern, patterns } from './pattern';

/** A clock range written with an intervention ("10:05-10:20", "9:00 to 9:12"). */
export const CLOCK_RANGE = pattern({
  id: 'time.clock-range',
  re: /\b\d{1,2}:\d{2}\s*(?:-|–|to)\s*\d{1,2}:\d{2}\b/i,
  examples: { positive: ['Manual 10:05-10:15: STM'], negative: ['Manual 10 min: STM'] },
});

/** A re-evaluation on the same date (PT 97164, OT 97168). */
export const REEVAL = pattern({
  id: 'ncci.reeval',
  re: /\b9716[48]\b|\bre-?eval(?:uation)?s?\b/i,
  examples: { positive: ['Re-eval performed today'], negative: ['Initial eval 97162 on 10/1'] },
});

/** An evaluation's CPT number (PT 97161–97164, OT 97165–97168). */
export const EVAL_CODE = pattern({
  id: 'ncci.eval-code',
  re: /\b9716[1-8]\b/,
  examples: { positive: ['PT eval 97162, moderate complexity'], negative: ['Ther ex 97110 x2'] },
});

/** Words around a re-evaluation mention that put it in the future ("re-eval due in 2 wks", "next visit: re-eval"). */
export const REEVAL_FUTURE = pattern({
  id: 'ncci.reeval-future',
  re: /\b(?:due|next|scheduled|planned|will|plan|upcoming|in \d+\s*(?:wks?|weeks?|visits?|days?|tx))\b/i,
  examples: { positive: ['Re-eval due in 2 weeks'], negative: ['Re-eval performed today'] },
});

/** Several patients at once: one-on-one codes do not apply ("muscle group" is anatomy, not a group). */
export const GROUP_LANGUAGE = pattern({
  id: 'group-language',
  re: /(?<!muscle )\bgroups?\b(?! of muscles)|\bconcurrent(?:ly)?\b|\b(?:[2-9]|two|three|four|five|several|multiple|other)\s+(?:pts|patients)\b/i,
  examples: { positive: ['ther ex in group w/ 3 pts'], negative: ['quad muscle group strengthening'] },
});

/** A line or heading that opens with a one-on-one code's billing label or CPT number ("Ther ex", "TA", "NMR", "97110"). */
export const ONE_ON_ONE_LABEL = pattern({
  id: 'group-language.label',
  re: /^\s*(?:[-*•]\s*)?(?:\d{1,2}:\d{2}\s*(?:-|–|to)\s*\d{1,2}:\d{2}\s*)?(?:ther\.?\s*ex\.?|therex|te|ta|ther\.?\s*act\w*|therapeutic\s+(?:exercises?|activit(?:y|ies))|nmr|nmre|neuro\s*re-?\s*ed\w*|neuromuscular\s+re-?\s*ed\w*|manual(?:\s+therapy)?|mt|self[- ]?care|(?:cpt\s*)?97(?:530|110|112|535|116|140))\b|\b97(?:530|110|112|535|116|140)\b/i,
  examples: {
    positive: ['Ther ex concurrently w/ 2 other pts: LAQ 3x10'],
    negative: ['Group therapy 45 min: 4 pts seated LE exercises'],
  },
});

/** Walking whose stated aim is only distance or endurance. */
export const WALK_FOR_DISTANCE = pattern({
  id: 'skill.walk-distance',
  re: /\b(?:walk(?:ed|ing)?|amb(?:ulat(?:ed|ion|ing))?)\b[^.;\n]*\b(?:distance|endurance|laps?|cardio)\b|\b(?:distance|endurance|laps?)\b[^.;\n]*\b(?:walk(?:ed|ing)?|amb(?:ulat(?:ed|ion|ing))?)\b/i,
  examples: { positive: ['walked 6 laps in hallway for endurance'], negative: ['walked 150 ft with RW'] },
});

/** Repetition of an established home program the patient already does alone. */
export const INDEPENDENT_HEP = pattern({
  id: 'skill.independent-hep',
  re: /\b(?:HEP|home (?:exercise )?program)\b[^.;\n]*\b(?:indep(?:endent(?:ly)?)?|mod I|on (?:his|her|their) own|w\/?o cues|without cues|repeated|reviewed)\b|\b(?:indep(?:endent(?:ly)?)?|repeated)\b[^.;\n]*\b(?:HEP|home (?:exercise )?program)\b/i,
  examples: { positive: ['Pt performed HEP independently'], negative: ['HEP issued: 3 new exercises with handout'] },
});

/** Co-treatment: two disciplines treating one patient at the same time ("co-treat w/ OT", "cotx with PT"). */
export const CO_TREAT = pattern({
  id: 'care.co-treat',
  // An SNF minutes line names the mode with its count: "Co-treat 0", "Co-treatment: N/A" is none.
  re: /(?<!\bno\s)\bco-?\s?(?:treat(?:ment|ed|ing|s)?|tx)\b(?!\s*(?:min(?:ute)?s?|time)?\s*[:=-]?\s*(?:0+|none|n\/?a|no|not applicable)\b)|\b(?:treated|seen) (?:jointly|together) with (?:OT|PT|SLP|ST)\b/i,
  examples: {
    positive: [
      'Co-treat w/ OT 20 min: toilet transfers',
      'cotx with PT for gait and UE use',
      'Co-treat minutes: 25 (with OT)',
    ],
    negative: [
      'Consulted OT re: splint',
      'Treated R knee with STM',
      'Individual 40  Concurrent 0  Co-treat 0',
      'Co-treatment: N/A',
      'no co-treatment today',
    ],
  },
});

/** How a co-treatment's minutes were divided between the disciplines (then no full-time warning). */
export const CO_TREAT_SPLIT = pattern({
  id: 'care.co-treat-split',
  re: /\b(?:split|divided|shared)\b[^.\n]{0,40}\b(?:min(?:ute)?s?|time)\b|\b(?:min(?:ute)?s?|time)\b[^.\n]{0,30}\b(?:split|divided)\b|\b(?:PT|OT) (?:portion|billed|bills|billing)\b/i,
  examples: {
    positive: ['co-treat 30 min, time split 15 PT / 15 OT', 'OT billed the co-treat time'],
    negative: ['co-treat w/ OT 20 min'],
  },
});

/** Care given or supervised by an aide or technician ("aide supervised pt on NuStep", "w/ rehab tech"). */
export const AIDE_TIME = pattern({
  id: 'care.aide',
  re: /\b(?:(?:rehab|PT|OT|therapy)\s+)?(?:aide|tech|technician)s?\b\s+(?:supervis\w*|monitor\w*|assist\w*|led|ran|provided|performed|completed|set up)|\b(?:by|w\/|with|under)\s+(?:an?\s+|the\s+)?(?:(?:rehab|PT|OT|therapy)\s+)?(?:aide|tech|technician)\b/i,
  examples: {
    positive: ['Aide supervised pt on NuStep 10 min', 'Bike 8 min w/ rehab tech', 'UBE supervised by aide 6 min'],
    negative: ['PT aide set out cones before session; PT provided VC for gait 12 min', 'Tech support'],
  },
});

/** PT discipline cues: GP modifier or a PT plan of care (case matters: "GP" not "gp"). */
export const PT_DISCIPLINE = pattern({
  id: 'discipline.pt',
  re: /\bGP\b|\bPT (?:[Pp]lan of [Cc]are|POC)\b|\b[Pp]hysical [Tt]herapy (?:[Pp]lan of [Cc]are|POC)\b/,
  examples: { positive: ['97110-GP'], negative: ['Pt tolerated tx well'] },
});

/** OT discipline cues: GO modifier or an OT plan of care. */
export const OT_DISCIPLINE = pattern({
  id: 'discipline.ot',
  re: /\bGO\b|\bOT (?:[Pp]lan of [Cc]are|POC)\b|\b[Oo]ccupational [Tt]herapy (?:[Pp]lan of [Cc]are|POC)\b/,
  examples: { positive: ['per OT plan of care'], negative: ['pt will go home today'] },
});

/** One name a note gives an intervention, as a whole word (the fragment is reused inside units-in-note). */
function alias(
  code: Code | null,
  fragment: string,
  positive: string,
  negative: string,
): Pattern & { code: Code | null } {
  return {
    id: `units.alias-${code ?? 'other'}`,
    re: new RegExp(`(?<![\\w])(?:${fragment})(?![\\w])`, 'i'),
    code,
    examples: { positive: [positive], negative: [negative] },
  };
}

/** How notes name an intervention next to written units; null = a service outside the seven codes. */
export const UNIT_ALIASES: readonly (Pattern & { code: Code | null })[] = patterns([
  alias('97110', String.raw`TE|ther\.? ?ex(?:ercise)?|therex|therapeutic exercises?`, 'Ther ex x2 units', 'Tea break'),
  alias('97530', String.raw`TA|ther\.? ?act(?:ivit(?:y|ies))?|therapeutic activit(?:y|ies)`, 'TA 2u', 'Tandem'),
  alias('97112', 'NMR|NMRE|neuro ?re-?ed(?:ucation)?|neuromuscular re-?ed(?:ucation)?', 'NMR 1 unit', 'Neuro exam'),
  alias('97116', 'gait(?: training)?|GT', 'Gait training 1u', 'Gaiters'),
  alias('97140', 'MT|manual(?: therapy)?', 'Manual x1 unit', 'Manually'),
  alias('97535', 'self[- ]care|ADL(?: training)?', 'Self-care 2 units', 'Selfie'),
  alias(
    null,
    'US|ultrasound|e-?stim|NMES|TENS|ionto(?:phoresis)?|MHP|CP|traction|whirlpool',
    'US x1 unit',
    'Usual care',
  ),
]);
