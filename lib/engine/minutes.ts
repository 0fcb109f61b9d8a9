/**
 * Minutes written with an intervention (domain.md §12): "12 min", "x 10'", "(15 minutes)", clock ranges
 * "10:05–10:20", "0800-0812", "8:00a-8:12a", visit offsets "0-15 min", "Ther ex 15'". Each mention is
 * either the intervention's billing time (a label's minutes, a clock range, minutes standing alone in
 * their clause, "35 minutes on balance") or a duration inside the dose ("bike 6 min", "2 x 1 min").
 */

import { pattern } from './pattern';
import { LABEL } from './segment';

/** One stated time; `value` is null when the text is not a believable duration for one intervention. */
export interface MinuteMention {
  start: number;
  end: number;
  value: number | null;
  raw: string;
  /** A duration inside the dose: billing time only when nothing else states the intervention's minutes. */
  dose?: boolean;
}

/** Longest believable single intervention. */
export const MAX_MINUTES = 180;

const RANGE = /(\d{1,2}):(\d{2})\s*([ap])?\.?m?\.?\s*(?:-|–|—|to)\s*(\d{1,2}):(\d{2})\s*([ap])?/gi;
/** A 24-hour range at the head of a line or item ("0800-0812  Ther ex: …"); elsewhere four digits may be a year. */
const MILITARY = /^(?:[-*•]\s*)?([01]\d|2[0-3])([0-5]\d)\s*(?:-|–|—|to)\s*([01]\d|2[0-3])([0-5]\d)\b/;
/** Offsets within the visit at the head of an item ("0-15 min:", "15–30 min –"). */
const OFFSET = /^(?:[-*•]\s*)?(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,3})\s*(?:min(?:ute)?s?|')(?=\s*[:)–—-])/i;
// Number (allowing a letter O typed for zero), optional leading minus, then a minutes unit or a prime.
// A match never starts on a letter other than o/O, on "_" or on ".": the leading lookahead lets the regex
// engine skip those positions without trying the lookbehind at each (same matches, several times faster).
const MIN =
  /(?=[^a-np-zA-NP-Z_.])(^|[^\w.:-]|[\s(:]-|(?<=\b[xX]))(-?)(\d{1,5}(?:\.\d+)?|\d*[oO]\d+[\doO]*|\d+[oO][\doO]*)\s*(minutes?\b|mins?\b(?!\s*-?\s*(?:a|assist\w*|vcs?|tcs?|cue\w*|verbal|tactile|phys\w*|guard\w*)\b)\.?|mns?\b|['’](?![a-z]))/gi;
/**
 * Times that are not treatment time: recovery and rest ("recovered in 2 min", "seated rest 3 min" —
 * rest periods do not count, domain.md §3), onset ("2 days ago") and frequency ("every 5 min").
 */
const NOT_TREATMENT =
  /\b(?:recover(?:ed|y|s)?|rest(?:ed|ing)?|rest break|break|back to baseline|every|q)\b[^.;,\d]{0,14}$/i;
/** The visit's length, not an intervention's: "the patient was seen today for 45 minutes", "treated for 50 min". */
const VISIT_BEFORE =
  /\b(?:seen|treated|visited)\b(?:\s+(?:today|this (?:morning|afternoon|date)|in (?:the )?clinic|at home))?\s+for\s+(?:a total of\s+|about\s+|approx\.?\s*|~\s*)?$|(?<!\bgroup\s+)\b(?:session|visit)(?:\s+(?:length|duration|time))?\s*:\s*$/i;
/** A point in time, not a duration: "fatigued at 35 min", "pain eased after 5 min". */
const TIME_POINT = /\b(?:at|after|by|within)\s*~?\s*$/i;
/** A frequency, a time point or the session's length after the number ("5 min/day", "15 min late", "52 min of timed tx"). */
// It reads the same line only: "… 8 min" then a new line "Pt tolerated session well." is not "8 min PT".
const NOT_TREATMENT_AFTER =
  /^[ \t]*(?:\/\s*(?:day|d|wk|week)|(?:a|per|each|every)\s+(?:day|week)|late|early|ago|into|prior|before|later|(?:of\s+)?(?:timed\s+|total\s+|skilled\s+)?(?:tx|treatment|therapy|session|visit)\b(?!\s*(?:ex|act))|(?:of\s+)?(?:timed\s+|total\s+|skilled\s+)?(?:PT|OT|pt|ot)\b(?!\s*(?:ex|act|tol|perf|pract|compl|amb|was|is|c\/o|rep|stat|demo|req|need|not|had|did|able|unable|fatigu)))/i;
/** Minutes that are the label's ("TA (12 min):", "Ther ex 15' -"): followed by a colon or dash. */
const LABEL_AFTER = /^\s*\)?\s*(?::|[-–—](?=\s))/;
/** Narrative billing time: "spent 35 minutes on balance", "10 minutes of gait training". */
const NARRATIVE_AFTER = /^\s*(?:of|on|doing|working|spent)\b/i;
// "for about 18 minutes", "roughly 10 min": a dictated approximation of the time spent.
const NARRATIVE_BEFORE =
  /\b(?:spent|for a total of|total(?:ing)?|approx\.?|~|(?:for )?(?:about|around|roughly|approximately|nearly|almost))\s*$/i;
/** A clause holding nothing but the time ("… for quad strength. 12 min.", "… at home, 12 min"). */
const ALONE_BEFORE = /(?:^|[,;.(]|\b(?:for|x|total|approx\.?|~))\s*$/i;
const ALONE_AFTER = /^[ \t]*(?:total[ \t]*)?\)?[ \t]*(?:[,;.]|\r?\n|$)/i;
/** A flowsheet time field: "Therapeutic Exercise Time: 15 minutes", "Minutes: 12", "Duration - 10 min". */
const TIME_FIELD_BEFORE = /\b(?:time|minutes|mins|duration|time spent|treatment time)[ \t]*[:=–—-][ \t]*$/i;
/**
 * A flowsheet's minutes field with the number after it: "Therapeutic Exercise Minutes: 16", "Manual
 * Therapy Minutes<TAB>9", "Min = 12", "NMR minutes 13" at the end of its line. Not a dose or a
 * clock ("Minutes: 3x10", "Min: 10:05").
 */
export const MINUTES_FIELD = pattern({
  id: 'minutes.field',
  re: /\b(?:minutes?|mins?)\b(?:[ \t]*[:=][ \t]*|\t[ \t]*|[ ]{2,}|[ ](?=\d{1,3}[ \t]*(?:\r?\n|$)))(\d{1,3})\b(?![ \t]*(?:[x×:/.%°#]|sec|s\b|reps?|deg|ft|lbs?|vcs?|tcs?|cues?|assist|a\b))/gi,
  examples: {
    positive: ['Therapeutic Exercise Minutes: 16', 'Manual Therapy Minutes\t9', 'NMR minutes 13'],
    negative: ['Minutes: 3x10', 'min 3 reps', 'Min: 10:05-10:20', 'SBA, min: 2 VC'],
  },
});
const DIGIT = /\d/;
/** Only a billing label before the time ("TA x 12'", "- Ther ex 15 min"). */
const LABEL_ONLY = new RegExp(
  String.raw`^\s*(?:[-*•]\s*)?(?:\d{1,2}[.)]\s*)?${LABEL}?\s*(?:\(\s*(?:cpt\s*)?97\d{3}\s*\)\s*)?[-–—:(]?\s*(?:x\s*)?$`,
  'i',
);
const UNIT = /m(?:in|n)|['’]/i;
const WALKING = /ambul|walk|gait|\bamb\b|\bft\b|feet|distance|stairs|\bsteps\b/i;

const byStart = (a: MinuteMention, b: MinuteMention) => a.start - b.start;

function inside(spans: readonly [number, number][], i: number): boolean {
  for (const [a, b] of spans) if (i < b && i >= a) return true;
  return false;
}

function clockMinutes(h1: number, m1: number, h2: number, m2: number): number {
  let d = h2 * 60 + m2 - (h1 * 60 + m1);
  if (d <= 0) d += 12 * 60; // 12:50–1:05 written on a 12-hour clock
  return d;
}

/** Twelve hours to add for "p" (1:05p → 13:05), none for "a" or no mark. */
const half = (mark: string | undefined, h: number) => (mark && /p/i.test(mark) && h < 12 ? 12 : 0);

/**
 * A billing label's own time without a unit: a 24-hour range after the label ("Neuromuscular re-education -
 * 0800-0815:") or a bare number in brackets before its colon ("97530 Therapeutic Activities (15): …").
 */
const LABEL_TIME = new RegExp(
  String.raw`^(?:[-*•]\s*)?${LABEL}\s*(?:[-–—:]\s*([01]\d|2[0-3])([0-5]\d)\s*(?:-|–|—|to)\s*([01]\d|2[0-3])([0-5]\d)\b|\(\s*(\d{1,3})\s*\)(?=\s*[:–—-]))`,
  'i',
);

/** A label's unit-less time (LABEL_TIME) as one mention. */
function labelTime(s: string, from: number, text: string): MinuteMention | null {
  const m = LABEL_TIME.exec(s);
  if (!m) return null;
  const bare = m[5] !== undefined;
  const d = bare ? Number(m[5]) : Number(m[3]) * 60 + Number(m[4]) - (Number(m[1]) * 60 + Number(m[2]));
  const raw = bare ? `(${m[5]})` : (/[01]\d[0-5]\d\s*(?:-|–|—|to)\s*[0-2]\d[0-5]\d$/.exec(m[0])?.[0] ?? m[0]);
  const start = from + m[0].length - raw.length - (bare ? m[0].length - m[0].lastIndexOf(')') - 1 : 0);
  const end = start + raw.length;
  return { start, end, value: d > 0 && d <= MAX_MINUTES ? d : null, raw: text.slice(start, end) };
}

/** A range at the head of the text (24-hour clock or visit offset) or a label's unit-less time, as one mention. */
function headRange(s: string, from: number, text: string): MinuteMention | null {
  const mil = MILITARY.exec(s);
  const off = mil ? null : OFFSET.exec(s);
  const m = mil ?? off;
  if (!m) return labelTime(s, from, text);
  const d = mil ? Number(m[3]) * 60 + Number(m[4]) - (Number(m[1]) * 60 + Number(m[2])) : Number(m[2]) - Number(m[1]);
  const i = m[0].length - m[0].trimStart().length + (m[0].match(/^[-*•]\s*/)?.[0].length ?? 0);
  const start = from + i;
  const end = from + m[0].length;
  return { start, end, value: d > 0 && d <= MAX_MINUTES ? d : null, raw: text.slice(start, end) };
}

/** Whether a minutes mention at s[i, j) is a duration inside the dose rather than the intervention's time. */
function isDose(s: string, i: number, j: number): boolean {
  const before = s.slice(Math.max(0, i - 30), i);
  const after = s.slice(j, j + 30);
  // Sets × a duration ("wall sits 3 x 1 min for quad endurance") is always the dose.
  if (/\d\s*[x×]\s*$/i.test(before)) return true;
  // A time per item is the dose too: "pulleys flex/scaption 3 min each", "2 min per side".
  if (/^\s*(?:each|ea\.?|per (?:side|direction|leg|arm|set|exercise|position))\b/i.test(after)) return true;
  if (LABEL_AFTER.test(after) || NARRATIVE_AFTER.test(after) || NARRATIVE_BEFORE.test(before)) return false;
  if (TIME_FIELD_BEFORE.test(before)) return false;
  // "… , 10 min. Then …": the unit's own period ended the sentence, so the time stands alone there too.
  const sentenceEnd = s[j - 1] === '.' && /^\s+[A-Z]/.test(after);
  if (ALONE_BEFORE.test(before) && (sentenceEnd || ALONE_AFTER.test(after))) return false;
  // "TA x 12'", "Ther ex 15 min" at the start: a label's minutes.
  return !LABEL_ONLY.test(s.slice(0, i));
}

/** Every minutes mention in text[from, to), in order, with implausible values (900, -5, "1O") as null. */
export function findMinutes(text: string, from: number, to: number): MinuteMention[] {
  const s = text.slice(from, to);
  const out: MinuteMention[] = [];
  // Every pattern needs a digit; a clock range a colon; a minutes unit "m(i)n" or a prime. Most
  // statements fail these cheap literal checks, so the big patterns run on few of them.
  if (!DIGIT.test(s)) return out;
  const taken: [number, number][] = [];
  const head = headRange(s, from, text);
  if (head) {
    out.push(head);
    taken.push([head.start - from, head.end - from]);
  }
  if (s.includes(':'))
    for (const m of s.matchAll(RANGE)) {
      const [h1, m1, h2, m2] = [m[1], m[2], m[4], m[5]].map(Number) as [number, number, number, number];
      const ok = h1 < 24 && h2 < 24 && m1 < 60 && m2 < 60;
      const d = ok ? clockMinutes(h1 + half(m[3], h1), m1, h2 + half(m[6], h2), m2) : -1;
      const i = m.index ?? 0;
      taken.push([i, i + m[0].length]);
      out.push({
        start: from + i,
        end: from + i + m[0].length,
        value: d > 0 && d <= MAX_MINUTES ? d : null,
        raw: m[0],
      });
    }
  if (!UNIT.test(s)) return out.length > 1 ? out.sort(byStart) : out;
  for (const m of s.matchAll(MINUTES_FIELD.re)) {
    const i = m.index ?? 0;
    if (inside(taken, i)) continue;
    const n = Number(m[1]);
    taken.push([i, i + m[0].length]);
    out.push({ start: from + i, end: from + i + m[0].length, value: n <= MAX_MINUTES ? n : null, raw: m[0] });
  }
  const walking = WALKING.test(s);
  for (const m of s.matchAll(MIN)) {
    const lead = m[1] ?? '';
    const i = (m.index ?? 0) + lead.length - (lead.endsWith('-') ? 1 : 0);
    if (inside(taken, i)) continue;
    const numText = m[3] as string;
    const unit = m[4] as string;
    const negative = m[2] === '-' || lead.endsWith('-');
    const prime = /^['’]$/.test(unit);
    const n = Number(numText);
    // A prime after a distance is feet ("ambulated 150'"), not minutes.
    const after = s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3);
    const labelled = /x\s*$/i.test(s.slice(Math.max(0, i - 3), i)) || /^\s*\)?\s*(?::|$)/.test(after);
    if (prime && (Number.isNaN(n) || n > 60 || (walking && !labelled))) continue;
    if (NOT_TREATMENT.test(s.slice(Math.max(0, i - 24), i)) || TIME_POINT.test(s.slice(Math.max(0, i - 10), i)))
      continue;
    if (VISIT_BEFORE.test(s.slice(Math.max(0, i - 40), i))) continue;
    const j = (m.index ?? 0) + m[0].length;
    if (NOT_TREATMENT_AFTER.test(s.slice(j, j + 12))) continue;
    const value = Number.isNaN(n) || negative || n > MAX_MINUTES ? null : n;
    const start = from + i;
    const end = from + j;
    const mention: MinuteMention = { start, end, value, raw: text.slice(start, end) };
    if (isDose(s, i, j)) mention.dose = true;
    out.push(mention);
  }
  return out.length > 1 ? out.sort(byStart) : out;
}

/** Minutes of a statement: the sum of its believable mentions ("bike 5 min, UBE 5 min"), or null. */
export function sumMinutes(ms: readonly MinuteMention[]): number | null {
  let total: number | null = null;
  for (const m of ms) if (m.value !== null) total = (total ?? 0) + m.value;
  return total;
}

/**
 * The intervention's billing minutes from its mentions: the stated (label, clock, standalone) times when
 * there are any, else `covering` (a heading's minutes over its items), else the dose durations' sum.
 */
export function billingMinutes(ms: readonly MinuteMention[], covering: number | null): number | null {
  const stated = sumMinutes(ms.filter((m) => !m.dose));
  if (stated !== null) return stated;
  return covering ?? sumMinutes(ms);
}
