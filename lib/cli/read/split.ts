/**
 * One file, several visits: split a text at its visit headings ("Daily Note — 03/02/2026"), or a
 * PDF at its pages when every page is a dated visit of its own. A file with one visit stays whole.
 */
import { dateOfService, VISIT_HEADING } from './note-meta';

/** One piece of a split file: its label ("visit 2026-03-02", "page 3") and text. */
export interface Piece {
  label: string | null;
  text: string;
}

/** Split at visit headings when there are two or more; the text before the first goes with it. */
export function splitAtHeadings(text: string): Piece[] {
  VISIT_HEADING.lastIndex = 0;
  const starts = [...text.matchAll(VISIT_HEADING)].map((m) => m.index ?? 0);
  if (starts.length < 2) return [{ label: null, text }];
  return starts.map((start, i) => {
    const piece = text.slice(i === 0 ? 0 : start, starts[i + 1] ?? text.length).trim();
    return { label: `visit ${dateOfService(piece) ?? i + 1}`, text: piece };
  });
}

/** A PDF's pages: split at headings first; else one note per page when each page states its own date. */
export function splitPages(pages: readonly string[]): Piece[] {
  const whole = pages.join('\n\n');
  const byHeading = splitAtHeadings(whole);
  if (byHeading.length > 1) return byHeading;
  const dates = pages.map(dateOfService);
  const perPage = pages.length > 1 && dates.every((d) => d !== null) && new Set(dates).size === pages.length;
  if (!perPage) return [{ label: null, text: whole }];
  return pages.map((text, i) => ({ label: `page ${i + 1}`, text }));
}
