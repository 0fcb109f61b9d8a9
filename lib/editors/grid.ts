/**
 * Flowsheet grids: a table whose rows hold fields (inputs, selects or contenteditable cells). Each
 * row becomes one line of the note with its cells joined by " | ", under one line of column headers
 * ("Intervention | Parameters | Minutes" then "Ther ex | LAQ 3x10 3# for quad strength | 15 min").
 */
import { cleanHeading } from './labels';
import type { NoteBuilder } from './note-text';
import { readFieldText } from './read-text';

/** Inputs a flowsheet cell is typed into (minutes are often type=number). */
const CELL_INPUTS = new Set(['text', 'search', 'number', '']);
/** A column whose cells are minutes: a bare number there gets " min" so the row says it on its own. */
const MINUTES_HEADER = /\b(?:min|mins|minutes|time)\b/i;

/** The typed-into things of one cell, in order. */
function cellFields(cell: Element): Element[] {
  const selector = 'input, textarea, select, [contenteditable]';
  // a contenteditable <td> is itself the field (querySelectorAll sees only what is inside it)
  const inside = [...cell.querySelectorAll(selector)];
  return (cell.matches('[contenteditable]') ? [cell, ...inside] : inside).filter((el) => {
    if (el instanceof HTMLInputElement) return CELL_INPUTS.has(el.type) && el.type !== 'hidden';
    if (el instanceof HTMLElement && el.hasAttribute('contenteditable')) return el.isContentEditable;
    return true;
  });
}

/** Cells of a row: td/th in order. */
const cellsOf = (row: Element): Element[] => [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');

/** The table's own rows (not a nested table's), header rows first as the markup has them. */
const rowsOf = (table: Element): Element[] => [
  ...table.querySelectorAll(':scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr'),
];

/** The column headers among `rows` (thead's last row, or a first row of <th> only), or none. */
function columnHeaders(rows: Element[]): { row: Element | null; names: string[] } {
  const headRows = rows.filter((r) => r.parentElement?.tagName === 'THEAD');
  const first = rows[0] ?? null;
  const row =
    headRows[headRows.length - 1] ?? (first && cellsOf(first).every((c) => c.tagName === 'TH') ? first : null);
  return { row, names: row ? cellsOf(row).map((c) => cleanHeading(c.textContent ?? '')) : [] };
}

/** True when some row of `table` holds fields in two or more cells (a layout table holds one per row). */
export function isGrid(table: Element): boolean {
  for (const row of rowsOf(table)) {
    let withFields = 0;
    for (const cell of cellsOf(row)) if (cellFields(cell).length > 0 && ++withFields >= 2) return true;
  }
  return false;
}

/** The value a field in a cell shows; select shows its chosen option's text. */
function cellValue(el: Element): string {
  if (el instanceof HTMLSelectElement) return el.options[el.selectedIndex]?.textContent?.trim() ?? '';
  return readFieldText(el);
}

/**
 * Append the rows of `table` that hold any typed value, under its column headers; `before` runs once
 * before the first line (the caller's heading). False when no row had a value (nothing written).
 */
export function addGrid(table: Element, note: NoteBuilder, before: () => void): boolean {
  const rows = rowsOf(table);
  const { row: headRow, names } = columnHeaders(rows);
  let wrote = false;
  for (const row of rows) {
    if (row === headRow || row.parentElement?.tagName === 'THEAD') continue;
    const cells = cellsOf(row);
    const fields = cells.map(cellFields);
    if (!fields.some((fs) => fs.some((f) => !(f instanceof HTMLSelectElement) && cellValue(f).trim()))) continue;
    if (!wrote) {
      before();
      if (names.some(Boolean)) note.add(`${names.join(' | ')}\n`);
    } else note.add('\n');
    wrote = true;
    cells.forEach((cell, i) => {
      if (i > 0) note.add(' | ');
      const inCell = fields[i] ?? [];
      if (inCell.length === 0) note.add(cleanHeading(cell.textContent ?? ''));
      inCell.forEach((f, j) => {
        if (j > 0) note.add(' ');
        const value = cellValue(f);
        // one row is one line: a newline typed in a cell reads as a space (same length, offsets hold)
        if (f instanceof HTMLSelectElement) note.add(value);
        else note.addField(f, value.replace(/[\r\n]/g, ' '));
        if (MINUTES_HEADER.test(names[i] ?? '') && /^\s*\d{1,3}\s*$/.test(value)) note.add(' min');
      });
    });
  }
  return wrote;
}
