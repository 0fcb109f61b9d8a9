/** Note sections (SOAP and common headings) and what each implies for the interventions written in it. */
import type { SegmentStatus } from '../contracts/analysis';

export type Section = 'none' | 'subjective' | 'objective' | 'assessment' | 'plan' | 'goals' | 'history' | 'info';

const NAMES: [RegExp, Section][] = [
  [/^(s|subjective|cc|chief complaint|pain|patient report|pt report)$/, 'subjective'],
  [
    /^(o|objective|flowsheet|education|procedures?|(?:today'?s\s+)?(?:treatment|tx|session|interventions?)(?:\s+(?:performed|provided|today|rendered|this date))?|skilled (?:interventions?|services?|treatment)(?: (?:provided|performed|rendered|today|this (?:visit|date|session)))?|therapeutic interventions?|procedures? performed)$/,
    'objective',
  ],
  [
    /^(a|assessment|impression|clinical impression|summary|response|response to treatment|rehab potential)$/,
    'assessment',
  ],
  [/^(p|plan|plan of care|poc|recommendations?)$/, 'plan'],
  [/^(goals?|stgs?|ltgs?|short[ -]term goals?|long[ -]term goals?|pt goals?|ot goals?|patient goals?)$/, 'goals'],
  [
    /^(plof|prior level of function|history|pmh|hpi|past medical history|medical history|social history|hx|prior function|history of present illness|(?:prior|previous|past|last) (?:visits?|notes?|sessions?|treatments?|daily notes?)|(?:copied|copy|carried)[ -]forward(?: (?:note|text|from \w+))?|visit history|treatment history)$/,
    'history',
  ],
  [
    /^(vitals?|precautions|diagnosis|dx|referral|reason for referral|orders|medications|meds|allergies|hep|home exercise program|home program|homebound(?: status| reason)?|visit type|payer|insurance|goals? (?:addressed|targeted|worked on)(?: today)?|session focus)$/,
    'info',
  ],
];

// A trailing remark in brackets is allowed: "PAST MEDICAL HISTORY (copied forward from eval)"; so is a
// rule of dashes around the heading ("--- Previous note (copied forward, 12/04/2026) ---"). A date may
// lead the heading in dated entries ("12/08 S: …").
const HEAD =
  /^[ \t]*(?:(?:[#*>]+|[-=]{2,})[ \t]*)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+)?(?:\*\*)?([A-Za-z][A-Za-z \-']{0,32}?)(?:\*\*)?[ \t]*(?:\([^()\n]{0,80}\)[ \t]*)?(?:[-=]{2,}[ \t]*)?(:|-(?=\s)|–|—|$)/;

/**
 * Header fields (a diagnosis, precautions, vitals, homebound status) are one line each: the line after
 * "Dx: …" is not more diagnosis. A HEP or history heading may list several lines, so it is not one.
 */
const FIELD =
  /^(vitals?|precautions|diagnosis|dx|referral|reason for referral|orders|medications|meds|allergies|homebound(?: status| reason)?|visit type|payer|insurance|goals? (?:addressed|targeted|worked on)(?: today)?|session focus)$/;

/** The section a line opens, where its content starts (after the heading), and whether it is a one-line field. */
export function matchHeading(line: string): { section: Section; contentStart: number; field: boolean } | null {
  const m = HEAD.exec(line);
  if (!m) return null;
  const name = (m[1] as string).trim().toLowerCase().replace(/\s+/g, ' ');
  const delim = m[2] as string;
  // Single letters (S/O/A/P) need a colon or a line of their own; dashes only follow real words.
  if (delim !== ':' && delim !== '' && name.length < 2) return null;
  const section = sectionNamed(name);
  if (section === null) return null;
  let contentStart = m[0].length;
  while (contentStart < line.length && /[ \t]/.test(line[contentStart] as string)) contentStart++;
  return { section, contentStart, field: FIELD.test(name) };
}

/** Sections by heading name, each distinct name tested against NAMES once (a note repeats few names). */
const named = new Map<string, Section | null>();

/** The section a heading name opens, or null. */
function sectionNamed(name: string): Section | null {
  let section = named.get(name);
  if (section !== undefined) return section;
  section = null;
  for (const [re, s] of NAMES)
    if (re.test(name)) {
      section = s;
      break;
    }
  if (named.size > 1024) named.clear(); // bounded: heading-like names are few, but text is arbitrary
  named.set(name, section);
  return section;
}

/** The status a section imposes on interventions written in it (null: decide from the wording). */
export function sectionStatus(section: Section): SegmentStatus | null {
  switch (section) {
    case 'plan':
      return 'planned';
    case 'goals':
      return 'goal';
    case 'history':
      return 'history';
    case 'subjective':
    case 'assessment':
    case 'info':
      return 'other';
    default:
      return null;
  }
}
