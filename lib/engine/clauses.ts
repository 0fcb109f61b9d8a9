/**
 * Clause roles that never open an intervention (domain.md §12): administrative lines (signatures, note
 * headers, demographics, vitals, "Mom present, HEP reviewed."), measurements and test results ("L knee
 * AROM 8-98 deg", MMT, girth, SLS 14 sec, TUG, Berg, LEFS) and the patient's own report. Inside a block
 * they attach to the intervention as its response; alone they are "other". Patterns are data with ids
 * and a positive and a negative example each (tests/unit/engine/clauses.test.ts).
 */

import { type Pattern, pattern, patterns } from './pattern';

/** Sets × reps, "x10", holds, trials, distance: a dose that shows something was done. */
export const DOSE: Pattern = pattern({
  id: 'clause.dose',
  // "6/6 trials" is how the patient did (a response), not how much was done.
  // Every match starts on a digit, a space or x/×: the leading lookahead skips other positions fast.
  re: /(?=[\d\sx×])(?:\b\d+\s*[x×]\s*\d+|(?:^|\s)[x×]\s*\d+\b|(?<![\d/]\s*)\b\d+\s*(?:reps?|sets?|trials?|laps?|lengths?|rounds?|ft|feet|steps|m)\b)/i,
  examples: {
    positive: ['SLR 3x10', 'STS x10', 'amb 150 ft'],
    negative: ['L knee AROM 8-98 deg', 'rose w/o UE 6/6 trials'],
  },
});

/** Words of care being delivered: a clause with them is not a bare measurement or report. */
const CARE =
  /\b(?:performed|completed|practi[cs]ed|trained|training|instructed|educated|cued?|cues|cueing|VCs?|TCs?|facilitat\w*|assist\w*|min A|mod A|max A|CGA|SBA|mobs?|mobili[sz]\w*|glides?|STM|MFR|IASTM|massage|stretch\w*|exercises?|ther ?ex|TA|NMR|manual|gr(?:ade)?\.?\s*(?:I{1,3}|IV|V|[1-5])\b)\b|\b\d+\s*(?:min(?:ute)?s?\b|')|^\W*(?:\d{1,2}[.)]\s*)?(?:gait|balance|self[- ]care|therapeutic|neuro\w*)\b/i;

/** Lines that are about the note or the people, not the care. */
export const ADMINISTRATIVE: readonly Pattern[] = patterns([
  {
    id: 'clause.signature',
    re: /^(?:(?:electronically\s+)?signed(?:\s+by)?:?\s*)?(?:[A-Z]\.\s?)?[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+)?,?\s+(?:(?:PT|PTA|DPT|OT|OTR|OTR\/L|OTD|COTA|COTA\/L|SPT|SOT|MS|MPT|MSPT|ATC|CHT|CLT|OCS|NCS|GCS|PCS)[,\s/]*)+\.?$|^(?:electronically\s+)?signed\b/,
    examples: {
      positive: ['J. Alvarez, PT', 'R. Okafor, PT, DPT', 'M. Chen, OTR/L'],
      negative: ['Pt tolerated tx well.'],
    },
  },
  {
    // The discipline is matched case-sensitively: "Pt ambulated 150 ft - CGA" is not a header.
    id: 'clause.note-header',
    re: /(?<!\b(?:per|see|on|in|from|to)\s)\b(?:FLOWSHEET|[Ff]lowsheet)\b|^(?:[A-Za-z]+\s+){0,2}(?:PT|OT|SLP|PTA|COTA|[Pp]hysical [Tt]herapy|[Oo]ccupational [Tt]herapy|PHYSICAL THERAPY|OCCUPATIONAL THERAPY)\b[^:\n]{0,30}?\s[-–—]\s|\b(?:[Dd]aily|DAILY|[Tt]reatment|TREATMENT|[Pp]rogress|PROGRESS|[Vv]isit|VISIT)\s+(?:[Nn]ote|NOTE|[Ll]og|LOG|[Ff]lowsheet|FLOWSHEET)\b|\b(?:[Jj]ob|[Oo]ccupation):\s|^(?:Pt|Patient):\s/,
    examples: {
      positive: ['PT f/u - R shoulder impingement', 'SNF Part B - PT Treatment Flowsheet', 'Pt: 84 y/o F, debility'],
      negative: ['Pt ambulated 150 ft - CGA', 'Ther ex 15 min: LAQ 3x10'],
    },
  },
  {
    id: 'clause.vitals',
    re: /\b(?:BP\s*\d{2,3}\/\d{2,3}|HR\s*\d{2,3}\b|SpO2\s*\d{2}|O2 sat\w*\s*\d{2}|RR\s*\d{1,2}\b)/i,
    examples: { positive: ['Vitals pre-tx: BP 128/76, HR 72, SpO2 97% RA.'], negative: ['Rows 3x10 w/ red TB'] },
  },
  {
    // The session's agenda ("Focus today on handwriting and dressing."): what the note is about, not care given.
    id: 'clause.session-focus',
    re: /^(?:(?:session|tx|treatment)\s+)?focus(?:\s+(?:today|of\s+(?:today'?s\s+)?(?:session|tx|treatment|therapy)))?\s+(?:on|was|is)\b[^.;:\d]*\.?$/i,
    examples: {
      positive: ['Focus today on handwriting and dressing.', 'Session focus was balance and gait.'],
      negative: ['Focus on eccentric control during step-downs 3x10.'],
    },
  },
  {
    id: 'clause.present-reviewed',
    re: /^(?:(?:mom|dad|parents?|caregiver|spouse|wife|husband|dtr|daughter|son|family)\s+(?:present|observed|attended)|(?:HEP|home (?:exercise )?program)(?:\s+(?:copy|copies|handout|sheet|packet))?\s+(?:reviewed|issued|updated|given|provided)|(?:HEP|home program)\s*(?:reviewed|issued|updated)?\s*$)[^.;]{0,40}(?:[.;,]\s*(?:(?:HEP|home program)\s+(?:reviewed|issued|updated|given|provided)|(?:mom|dad|parents?|caregiver)\s+(?:present|observed))?)*\.?$/i,
    examples: {
      positive: ['Mom present, HEP reviewed.', 'HEP updated.', 'HEP handout given to pt.'],
      negative: ['HEP: bridges 2x10 issued w/ handout, pt return-demo x3'],
    },
  },
]);

/** A flowsheet's column headings ("Exercise | Sets | Reps | Weight", "Row Name<TAB>Value"): no care in them. */
export const COLUMN_HEADER: Pattern = pattern({
  id: 'clause.column-header',
  // Each separator run is one tab, bar or two spaces then more of the same: no way to split it twice.
  re: /^(?:row name|row|name|value|exercises?|activity|activities|interventions?|description|sets|reps|repetitions|weight|load|resistance|time|duration|minutes|mins|hold|holds|distance|assist(?:ance)?|level|cues|comments?|notes?|parameters|code|cpt|units|date|response)(?:(?: ?[\t|]| {2})[\t| ]*(?:row name|row|name|value|exercises?|activity|activities|interventions?|description|sets|reps|repetitions|weight|load|resistance|time|duration|minutes|mins|hold|holds|distance|assist(?:ance)?|level|cues|comments?|notes?|parameters|code|cpt|units|date|response))+[\t| ]*$/i,
  examples: {
    positive: ['Exercise\tSets\tReps\tResistance\tComments', 'Row Name\tValue', 'Exercise | Sets | Reps | Weight'],
    negative: ['Exercise sets reps for quad strength', 'Step ups 6 in\t2\t10'],
  },
});

/** One administrative fragment: lateness, a shortened session, a handout given, an unchanged program. */
const ADMIN_FRAGMENT = String.raw`(?:(?:pt|patient)\s+(?:arrived\s+)?(?:\d+\s*min(?:ute)?s?\s+)?late(?:\s+(?:d\/t|due to|for|b\/c)\s+[^;,.]{1,30})?|(?:session|tx|treatment|visit)\s+(?:was\s+)?(?:shortened|abbreviated|cut short|ended early)(?:\s+(?:d\/t|due to)\s+[^;,.]{1,30})?|(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:(?:the|an?|updated|new|written|printed|[a-z]+)\s+)?(?:HEP|home (?:exercise )?program)(?:\s+(?:copy|copies|sheet|sheets|handout|packet|printout))?\s+(?:was\s+)?(?:given|handed|issued|provided|printed|emailed|sent|mailed|reviewed|updated)(?:\s+(?:to|with|in|for)\s+[^;,.]{1,30})?|cop(?:y|ies)\s+(?:given|left|provided|issued)[^;,.]{0,30}|(?:pt|patient)\s+(?:to\s+(?:perform|continue|do)|will\s+(?:perform|continue))[^;,.]{0,40}|(?:pt|patient)\s+demonstrates?\s+(?:it\s+|HEP\s+)?independently|(?:pt|patient)\s+(?:is\s+)?independent\s+(?:with|w\/)\s+(?:HEP|home program)|no changes(?:\s+made)?)`;

/**
 * A clause made only of administrative fragments ("Pt arrived late, session shortened; HEP copy given.",
 * "HEP reviewed; pt demonstrates independently, no changes."): handing over or re-reading a program is
 * not a delivered intervention (domain.md §11: repeating an established program is not skilled).
 */
export const ADMIN_ONLY: Pattern = pattern({
  id: 'clause.admin-only',
  re: new RegExp(
    String.raw`^\W*(?:[a-z]+(?:\/[a-z]+)?\s+education\s*:\s*)?${ADMIN_FRAGMENT}(?:\s*[;,]\s*(?:and\s+)?${ADMIN_FRAGMENT})*\s*\.?$`,
    'i',
  ),
  examples: {
    positive: [
      'Pt 20 min late due to the bus; tx abbreviated, HEP handout given to pt.',
      'Home program reviewed, pt demonstrates independently, no changes.',
      'Copy of updated HEP issued with pictures; pt to continue 2x/day.',
    ],
    negative: ['HEP reviewed and progressed: added bridges 2x10 w/ VC for pelvic level.', 'Pt late; balance ex 3x30s.'],
  },
});

/**
 * A template field left unfilled ("Therapeutic Activities (97530): *** minutes", "Activity: ___"): the
 * dot-phrase was not completed for that service, so nothing is documented as done.
 */
export const PLACEHOLDER: Pattern = pattern({
  id: 'clause.placeholder',
  re: /^\W*[A-Za-z][A-Za-z /&'-]{0,40}(?:\(\s*(?:cpt\s*)?\d{5}\s*\))?\s*[:-]\s*(?:\*{3,}|_{3,}|\{[^{}]{0,30}\})\s*(?:min(?:ute)?s?)?\.?$/i,
  examples: {
    positive: ['Therapeutic Activities (97530): *** minutes', 'Activity: ***', 'Gait training: ____ min'],
    negative: ['Ther ex (97110): 15 minutes', 'Activity: rocker board 2 x 1 min'],
  },
});

/**
 * A reminder to keep doing something at home ("Dad encouraged to continue ball games at home"): the
 * family's or patient's homework, not care delivered today. Teaching a technique has no "to continue".
 */
export const HOME_REMINDER: Pattern = pattern({
  id: 'clause.home-reminder',
  re: /^(?:mom|dad|mother|father|parents?|caregivers?|family|spouse|wife|husband|dtr|daughter|son|grandma|grandmother|pt|patient|child)\s+(?:was\s+|were\s+)?(?:instructed|encouraged|reminded|told|asked|advised)\s+to\s+(?:continue|keep|carry over|practi[cs]e|work on)\b[^.;]*\b(?:at home|HEP|home program|daily|between (?:sessions|visits))\b[^;]*$/i,
  examples: {
    positive: ['Dad encouraged to continue ball games at home.', 'Pt reminded to keep practising HEP daily.'],
    negative: ['Mother trained in car-seat transfer technique, return demo x2.', 'Pt instructed in HEP: bridges 2x10.'],
  },
});

/** Measurements and test results: degrees, MMT grades, girth, timed balance and outcome scores. */
export const MEASUREMENT: Pattern = pattern({
  id: 'clause.measurement',
  re: /\b\d+\s*(?:-|–|to|->|→)\s*\d+\s*(?:deg|°)|\b\d+\s*(?:deg\b|°)|\b[0-5][+-]?\/5\b|\bMMT\b|\bgirth\b|circumference|\bTUG\b|\bBerg\b|\b6 ?MWT\b|\bLEFS\b|\bODI\b|\bQuickDASH\b|\bDASH\b|\bFOTO\b|\bLSI\b|\bgrip\s*(?:[LR]\s*)?\d+\s*(?:#|lbs?|kg)|\bSLS\s*(?:[LR]\s*)?\d+\s*(?:s|sec)|\b\d+\/(?:56|80|100|50|24|28)\b/i,
  examples: {
    positive: ['L knee AROM 8-98 deg (12-90 last wk).', 'Grip L 18# / R 62#.', 'SLS L 14 sec (8 sec last wk).'],
    negative: ['L knee AROM x20 for ROM', 'SLS on foam 3 x 20 sec'],
  },
});

/** The patient's (or family's) own report: "Pt reports …", "Mom states …". */
export const REPORT: Pattern = pattern({
  id: 'clause.report',
  re: /^(?:pt|patient|he|she|they|mom|dad|parents?|caregiver|spouse|dtr|daughter|son|child)\s+(?:reports?|reported|states?|stated|notes?|denies|c\/o|complains?|says|said|rates?)\b|^pain\s*(?:level|rating|=|:)?\s*\d+(?:\s*-\s*\d+)?\s*\/\s*10\b/i,
  examples: {
    positive: ['Pt reports she fell last wk while reaching into upper cabinet.'],
    negative: ['Pt performed STS x10'],
  },
});

/** A clause role that does not open an intervention, or null when the content decides. */
export type PassiveRole = 'administrative' | 'measurement' | 'report';

/** A clause's text without its leading bullet marks and spaces. */
export const stripBullet = (raw: string) => raw.replace(/^[-*•\s]+/, '');

/** The passive role of a clause's text, or null (an activity may be in it). */
export function passiveRole(raw: string): PassiveRole | null {
  return passiveRoleOf(stripBullet(raw));
}

/** `passiveRole` of a text already without its bullet (`stripBullet`). */
export function passiveRoleOf(t: string): PassiveRole | null {
  if ((ADMINISTRATIVE[0] as Pattern).re.test(t)) return 'administrative'; // a signature, whatever it says
  if (COLUMN_HEADER.re.test(t)) return 'administrative';
  const dose = DOSE.re.test(t);
  // A header names the service ("PT TREATMENT LOG", "EXERCISE FLOWSHEET") but doses nothing.
  if (!dose && (ADMINISTRATIVE[1] as Pattern).re.test(t)) return 'administrative';
  if (!dose && HOME_REMINDER.re.test(t)) return 'administrative';
  if (!dose && (ADMIN_ONLY.re.test(t) || PLACEHOLDER.re.test(t))) return 'administrative';
  if (dose || CARE.test(t)) return null;
  // The signature and header patterns (0 and 1) were tested above and failed: test only the rest.
  for (let i = 2; i < ADMINISTRATIVE.length; i++)
    if ((ADMINISTRATIVE[i] as Pattern).re.test(t)) return 'administrative';
  if (REPORT.re.test(t)) return 'report';
  if (MEASUREMENT.re.test(t)) return 'measurement';
  return null;
}

/** Why a passive clause is not coded, in a coder's words. */
export const PASSIVE_WHY: Readonly<Record<PassiveRole, string>> = {
  administrative: 'Not an intervention: a header, signature, vitals or similar administrative line.',
  measurement: 'Not an intervention: a measurement or test result (with an intervention it is the response).',
  report: "Not an intervention: the patient's or family's own report.",
};
