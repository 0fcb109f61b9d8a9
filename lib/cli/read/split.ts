/**
 * One file, several visits: split a text at the visits the engine finds (`findVisits`: dated note
 * headings, "Date of service" lines), or a PDF at its pages when every page is a dated visit of its
 * own. A file with one visit stays whole. Each visit is then analysed and reported on its own.
 */
import { findVisits } from '../../engine';
import { dateOfService, isoDate, VISIT_HEADING } from './note-meta';

/** One piece of a split file: its label ("visit 2026-03-02", "page 3") and text. */
export interface Piece {
  label: string | null;
  text: string;
}

/** Visits at our em-dash headings (note-meta.ts), in findVisits' shape. */
function headingVisits(text: string): { start: number; end: number; label: string }[] {
  VISIT_HEADING.lastIndex = 0;
  const starts = [...text.matchAll(VISIT_HEADING)].map((m) => ({ at: m.index ?? 0, label: m[1] ?? '' }));
  return starts.map((s, i) => ({ start: s.at, end: starts[i + 1]?.at ?? text.length, label: s.label }));
}

/** Split at the visits when there are two or more; the text before the first goes with it. */
export function splitVisits(text: string): Piece[] {
  const found = findVisits(text);
  const visits = found.length >= 2 ? found : headingVisits(text);
  if (visits.length < 2) return [{ label: null, text }];
  const seen = new Set<string>();
  return visits.map((v, i) => {
    let label = `visit ${isoDate(v.label) ?? v.label}`;
    if (seen.has(label)) label = `${label} (${i + 1})`;
    seen.add(label);
    return { label, text: text.slice(i === 0 ? 0 : v.start, v.end).trim() };
  });
}

/** A PDF's pages: split at visits first; else one note per page when each page states its own date. */
export function splitPages(pages: readonly string[]): Piece[] {
  const whole = pages.join('\n\n');
  const byVisit = splitVisits(whole);
  if (byVisit.length > 1) return byVisit;
  const dates = pages.map(dateOfService);
  const perPage = pages.length > 1 && dates.every((d) => d !== null) && new Set(dates).size === pages.length;
  if (!perPage) return [{ label: null, text: whole }];
  return pages.map((text, i) => ({ label: `page ${i + 1}`, text }));
}
