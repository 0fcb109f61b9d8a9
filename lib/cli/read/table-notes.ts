/**
 * A CSV or XLSX export with one note per row → notes. Columns are named by `--note-column` etc.
 * (a header name, case-insensitive, or a 1-based number), else found by their usual header names.
 */

/** Which columns hold what; null means "find it by its header". */
export interface ColumnOptions {
  noteColumn: string | null;
  idColumn: string | null;
  dateColumn: string | null;
  therapistColumn: string | null;
  patientColumn: string | null;
}

/** One row's note with what its columns say about it. */
export interface RowNote {
  /** The --id-column value, else "row N" (the spreadsheet's row number; the header is row 1). */
  id: string;
  text: string;
  date: string | null;
  therapist: string | null;
  patient: string | null;
}

const USUAL: Record<keyof ColumnOptions, RegExp> = {
  noteColumn: /^(note|notes|note text|narrative|documentation|text|body|daily note)$/i,
  idColumn: /^(id|note id|visit id|encounter|encounter id|visit)$/i,
  dateColumn: /^(date of service|dos|service date|visit date|date)$/i,
  therapistColumn: /^(therapist|clinician|provider|rendering provider|treating therapist)$/i,
  patientColumn: /^(patient|patient id|patient name|mrn|client)$/i,
};

function columnIndex(header: readonly string[], wanted: string): number {
  if (/^\d+$/.test(wanted)) return Number(wanted) - 1;
  return header.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase());
}

/** Rows (header first) → notes, or an error naming a column that is not there. */
export function rowsToNotes(rows: readonly string[][], opts: ColumnOptions): { notes: RowNote[] } | { error: string } {
  const [header = [], ...body] = rows;
  const pick = (key: keyof ColumnOptions): number | { error: string } => {
    const wanted = opts[key];
    if (wanted === null) return header.findIndex((h) => USUAL[key].test(h.trim()));
    const i = columnIndex(header, wanted);
    return i >= 0 && i < Math.max(header.length, 1)
      ? i
      : { error: `no column "${wanted}" (columns: ${header.join(', ')})` };
  };
  const cols = {} as Record<keyof ColumnOptions, number>;
  for (const key of Object.keys(USUAL) as (keyof ColumnOptions)[]) {
    const i = pick(key);
    if (typeof i !== 'number') return i;
    cols[key] = i;
  }
  // No guessing: a table without a note column (billed.csv, a schedule) is not a notes export.
  if (cols.noteColumn < 0)
    return { error: `no note column (name it with --note-column; columns: ${header.join(', ')})` };
  const cell = (row: readonly string[], i: number) => (i >= 0 ? (row[i]?.trim() ?? '') || null : null);
  const notes: RowNote[] = [];
  body.forEach((row, r) => {
    const text = row[cols.noteColumn] ?? '';
    if (text.trim() === '') return;
    notes.push({
      id: cell(row, cols.idColumn) ?? `row ${r + 2}`,
      text,
      date: cell(row, cols.dateColumn),
      therapist: cell(row, cols.therapistColumn),
      patient: cell(row, cols.patientColumn),
    });
  });
  return { notes };
}
