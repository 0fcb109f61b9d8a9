/** RFC 4180 CSV: reading billed.csv and note exports (csv-parse) and writing the audit report (opens cleanly in Excel). */
import { parse } from 'csv-parse/sync';

/** Parse CSV text into rows of cells (csv-parse: quoted fields, doubled quotes, CRLF or LF; a BOM is ignored). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break. A leading = + - @ is prefixed
 * with ' so a spreadsheet does not run note-derived text (file names, messages) as a formula.
 */
export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows → CSV text with CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
