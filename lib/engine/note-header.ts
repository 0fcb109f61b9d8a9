/**
 * Date of service and therapist as a note states them (the CLI's worklist, the defense summary).
 * Pure. Both are read from labelled lines ("Date of service: 03/02/2026", "Daily Note — 2026-03-02",
 * "Therapist: Ana Ruiz, PT", "Electronically signed by …"); an unlabelled date or name is not guessed at.
 */
import { findVisits } from './visits';

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const DATE = String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})`;
const DATE_LABEL = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:date of service|DOS|service date|visit date|date of visit|treatment date|date)\b[ \t]*[:#-]?[ \t]*${DATE}`,
  'i',
);
/** A visit heading: "Daily Note — 03/02/2026", "Treatment note: March 2, 2026". */
export const VISIT_HEADING = new RegExp(
  String.raw`^[ \t]*(?:daily (?:treatment )?note|treatment note|visit note|progress note|daily note)[ \t]*[—–:-][ \t]*${DATE}[ \t]*$`,
  'gim',
);
const CREDENTIAL = String.raw`(?:DPT|PTA|PT|MSPT|MPT|OTR\/L|OTR|OTD|OT|COTA\/L|COTA)`;
/** A capitalised name after the label (case-sensitive, so "pt signed consent" names nobody). */
const NAME_AFTER = new RegExp(
  String.raw`^[ \t]*:?[ \t]*([A-Z][A-Za-z'’-]*\.?(?: [A-Z][A-Za-z'’-]*\.?){0,3})(?:,? ?(${CREDENTIAL})\b)?`,
);
/** Labels, found case-insensitively; a signature counts only with a credential after the name. */
const THERAPIST_LABELS: readonly [RegExp, boolean][] = [
  [/(?:^|\n)[ \t]*(?:treating therapist|therapist|clinician|rendering provider|provider)[ \t]*(?=:)/gi, false],
  [/(?:electronically signed by|signed by|signed|signature)\b/gi, true],
];

/** y, m, d of a written date (US month/day order for slashed dates), or null. */
function dateParts(s: string): [number, number, number] | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(s);
  if (us) return [Number(us[3]) < 100 ? Number(us[3]) + 2000 : Number(us[3]), Number(us[1]), Number(us[2])];
  const words = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (!words) return null;
  const month = MONTHS.findIndex((name) => name.startsWith(words[1]?.slice(0, 3) ?? '?')) + 1;
  return [Number(words[3]), month, Number(words[2])];
}

/** A written date as ISO yyyy-mm-dd; null when not a real date. */
export function isoDate(written: string): string | null {
  const parts = dateParts(written.trim().toLowerCase());
  if (!parts) return null;
  const [y, m, d] = parts;
  // Calendar arithmetic instead of Date: the engine uses no clock or Date object (purity test).
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (!Number.isInteger(y) || y < 1000 || y > 9999 || days === undefined || !(d >= 1 && d <= days)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date of service a note states (labelled line or visit heading), ISO; null when none. */
export function dateOfService(text: string): string | null {
  const head = text.slice(0, 20_000);
  const labelled = DATE_LABEL.exec(head)?.[1];
  if (labelled && isoDate(labelled)) return isoDate(labelled);
  // A dated visit heading ("Daily Note — March 4, 2026"), ours or as the engine finds visits.
  VISIT_HEADING.lastIndex = 0;
  const heading = VISIT_HEADING.exec(head)?.[1] ?? findVisits(head)[0]?.label;
  return heading ? isoDate(heading) : null;
}

/** The therapist a note names ("Ana Ruiz, PT"); null when no labelled name or signature. */
export function therapistOf(text: string): string | null {
  for (const [label, needsCredential] of THERAPIST_LABELS) {
    for (const hit of text.matchAll(label)) {
      const m = NAME_AFTER.exec(text.slice((hit.index ?? 0) + hit[0].length, (hit.index ?? 0) + hit[0].length + 80));
      if (!m?.[1] || (needsCredential && !m[2])) continue;
      return m[2] ? `${m[1]}, ${m[2]}` : m[1];
    }
  }
  return null;
}
