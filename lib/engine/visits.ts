/**
 * Several visits in one text (a pasted chart, a copy-forward export): dated note headings and "Date of
 * service" lines start a visit. The engine analyses one visit — the one holding the caller's cursor, else
 * the most recent (by date, else the last) — and says so; callers (the CLI) can report each visit from `findVisits`.
 */
import { type Pattern, pattern } from './pattern';

/** One visit: its span in the text (from its heading to the next visit) and the date as written. */
export interface Visit {
  start: number;
  end: number;
  label: string;
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** A date with a year ("12/07/2026", "12-7-26", "2026-12-07", "Dec 7, 2026"). */
const DATED = String.raw`(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})(?![\d/])|\d{4}-\d{2}-\d{2}|${MONTH}\s+\d{1,2},?\s+\d{4})`;
/** A date without a year, accepted only after a "Date of service"-style label ("DOS: 12/7"). */
const SHORT = String.raw`\d{1,2}[/-]\d{1,2}(?![\d/])`;

/** A line that starts a visit: a service-date label, or a dated heading (a date with a year leading the line). */
export const VISIT_HEADING: Pattern = pattern({
  id: 'visit.heading',
  re: new RegExp(
    String.raw`^[ \t#*>=-]*(?:(?:date of (?:service|visit|tx|treatment)|DOS|visit date|service date|tx date|treatment date)\s*[:#-]?\s*(${DATED}|${SHORT})|(?:(?:visit|session|tx|treatment|note|daily note|progress note|PT|OT|[A-Za-z ]{0,30}note)\s*(?:#\s*\d+\s*)?[:,-]?\s*)?(${DATED})(?=[\s:,)\-–—]|$)[^\n]{0,80}$)`,
    'im',
  ),
  examples: {
    positive: [
      'Date of service: 11/03/2026',
      'DOS 11/3',
      '11/03/2026 - PT daily note',
      'Visit 12/01/26:',
      'Dec 1, 2026',
    ],
    negative: ['Pain 3/10 at rest', 'Goals (from IE 3/4): LTG 1', 'Pt reports a fall on 11/02/2026 at home.'],
  },
});

/**
 * The same pattern without the `m` flag, for a line with no other line terminator in it: there `^` and
 * `$` mean the same, and an anchored regex is tried at one position instead of at every one (≈4× faster).
 */
const ONE_LINE = new RegExp(VISIT_HEADING.re.source, 'i');
const OTHER_BREAK = /[\r\u2028\u2029]/;

/** The visits in a text, in order; fewer than two means the text is one visit. */
export function findVisits(text: string): Visit[] {
  const starts: { at: number; label: string }[] = [];
  // Cheap gate: no digit-slash/dash-digit or month name, no dated heading.
  if (!/\d[/-]\d|[a-z]{3}\.? \d/i.test(text)) return [];
  // Line by line (each with its line feed), by indexOf rather than a regex iterator: no match object per line.
  for (let at = 0, next = 0; at < text.length; at = next) {
    const nl = text.indexOf('\n', at);
    next = nl < 0 ? text.length : nl + 1;
    if (next - at > 140) continue;
    const line = text.slice(at, next);
    if (!/\d/.test(line)) continue;
    const bare = line.replace(/\r?\n$/, '');
    const v = (OTHER_BREAK.test(bare) ? VISIT_HEADING.re : ONE_LINE).exec(bare);
    if (v) starts.push({ at, label: (v[1] ?? v[2] ?? '').trim() });
  }
  return starts.map((s, i) => ({ start: s.at, end: starts[i + 1]?.at ?? text.length, label: s.label }));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A visit's date as yyyymmdd, or null when its label has no full date (US order: month first). */
export function dateKey(label: string): number | null {
  const key = (y: number, m: number, d: number) =>
    m >= 1 && m <= 12 && d >= 1 && d <= 31 ? (y < 100 ? 2000 + y : y) * 10000 + m * 100 + d : null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (m) return key(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/.exec(label);
  if (m) return key(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(label);
  if (m) return key(Number(m[3]), MONTHS.indexOf((m[1] as string).toLowerCase()) + 1, Number(m[2]));
  return null;
}

/**
 * The visit to analyse: the one holding `cursor` (an offset into the text), else the most recent by
 * date when every visit is dated (an export may list the newest first), else the last.
 */
export function pickVisit(visits: readonly Visit[], cursor?: number): number {
  if (cursor !== undefined) {
    const i = visits.findIndex((v) => cursor >= v.start && cursor < v.end);
    if (i >= 0) return i;
  }
  const keys = visits.map((v) => dateKey(v.label));
  if (keys.every((k) => k !== null)) {
    let best = visits.length - 1;
    for (let i = keys.length - 1; i >= 0; i--) if ((keys[i] as number) > (keys[best] as number)) best = i;
    return best;
  }
  return visits.length - 1;
}

/** The text with everything outside [start, end) blanked (line breaks kept), so offsets still hold. */
export function onlyVisit(text: string, v: Visit): string {
  const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');
  return blank(text.slice(0, v.start)) + text.slice(v.start, v.end) + blank(text.slice(v.end));
}
