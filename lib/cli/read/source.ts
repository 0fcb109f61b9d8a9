/**
 * One input (a file or standard input) → the notes in it, whatever the export: plain text,
 * Markdown, HTML, RTF, DOCX, PDF (text layer; a scan is refused with that reason), or a CSV/XLSX
 * table with one note per row. A text with several dated visits is split into one note per visit
 * (the engine's findVisits), a PDF also per page when each page is a dated visit (split.ts).
 */
import path from 'node:path';
import { type Bytes, looksBinary, readFileBounded, readStdinBounded } from './bounds';
import { isoDate } from './note-meta';
import { isRtf, rtfToText } from './rtf';
import { type Piece, splitPages, splitVisits } from './split';
import { type ColumnOptions, rowsToNotes } from './table-notes';

/** One note ready for the engine, with what its source says about it. */
export interface SourceNote {
  /** The input name, plus "#row 3" / "#page 2" / "#visit 2026-03-02" when the input held several notes. */
  name: string;
  text: string;
  /** From the export's columns (tables); the note text is read for these later when null. */
  date: string | null;
  therapist: string | null;
  patient: string | null;
}

/** The notes of one input, or why it yields none. */
export type SourceResult = { ok: true; notes: SourceNote[] } | { ok: false; name: string; reason: string };

/** No columns given: every column is found by its header. */
export const NO_COLUMNS: ColumnOptions = {
  noteColumn: null,
  idColumn: null,
  dateColumn: null,
  therapistColumn: null,
  patientColumn: null,
};

/** The file extensions an audit of a folder reads. */
export const NOTE_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'rtf', 'docx', 'pdf', 'csv', 'tsv', 'xlsx'];

type Kind = 'pdf' | 'docx' | 'xlsx' | 'rtf' | 'html' | 'csv' | 'tsv' | 'text';

function kindOf(name: string, bytes: Buffer): Kind {
  const ext = path.extname(name).slice(1).toLowerCase();
  // A typed note is what its extension says; other names (and standard input) are sniffed.
  if (ext === 'txt' || ext === 'md') return 'text';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (zip && ext === 'xlsx') return 'xlsx';
  if (zip) return 'docx';
  if (isRtf(bytes.subarray(0, 64).toString('latin1'))) return 'rtf';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'csv' || ext === 'tsv') return ext;
  if (name === '-' && /^\s*<(!doctype html|html)/i.test(bytes.subarray(0, 64).toString('utf8'))) return 'html';
  return 'text';
}

const fromPieces = (name: string, pieces: Piece[]): SourceNote[] =>
  pieces.map((p) => ({
    name: pieces.length > 1 && p.label ? `${name}#${p.label}` : name,
    text: p.text,
    date: null,
    therapist: null,
    patient: null,
  }));

async function notesOf(name: string, bytes: Buffer, columns: ColumnOptions): Promise<SourceNote[] | string> {
  const kind = kindOf(name, bytes);
  if (kind === 'pdf') {
    const pages = await (await import('./pdf')).pdfPages(bytes);
    if (pages.every((p) => p === '')) return 'scanned PDF: no text layer (run OCR first)';
    return fromPieces(name, splitPages(pages));
  }
  if (kind === 'docx') return fromPieces(name, splitVisits(await (await import('./office')).docxText(bytes)));
  if (kind === 'xlsx' || kind === 'csv' || kind === 'tsv') {
    const rows =
      kind === 'xlsx'
        ? await (await import('./office')).xlsxRows(bytes)
        : (await import('../csv')).parseCsv(bytes.toString('utf8'), kind === 'tsv' ? '\t' : ',');
    const r = rowsToNotes(rows, columns);
    if ('error' in r) return r.error;
    return r.notes.map((n) => ({
      name: `${name}#${n.id}`,
      text: n.text,
      date: n.date === null ? null : (isoDate(n.date) ?? n.date),
      therapist: n.therapist,
      // '' = unknown: rows of an export without a patient column are never compared for copy-forward.
      patient: n.patient ?? '',
    }));
  }
  if (looksBinary(bytes)) return 'binary file';
  const raw = bytes.toString(kind === 'rtf' ? 'latin1' : 'utf8').replace(/^\uFEFF/, '');
  const text = kind === 'rtf' ? rtfToText(raw) : kind === 'html' ? (await import('./html')).htmlToText(raw) : raw;
  // A text holding several dated visits (a pasted chart) is reported visit by visit.
  return fromPieces(name, splitVisits(text));
}

/** Read one input ("-" is standard input) within `maxBytes` and turn it into notes. */
export async function readSource(name: string, columns: ColumnOptions, maxBytes: number): Promise<SourceResult> {
  const read: Bytes = name === '-' ? await readStdinBounded(maxBytes) : await readFileBounded(name, maxBytes);
  if ('reason' in read) return { ok: false, name, reason: read.reason };
  try {
    const notes = await notesOf(name, read.bytes, columns);
    return typeof notes === 'string' ? { ok: false, name, reason: notes } : { ok: true, notes };
  } catch (err) {
    // A damaged PDF/DOCX/XLSX: the library's message says what is wrong with it.
    return { ok: false, name, reason: `cannot be read as ${kindOf(name, read.bytes)}: ${(err as Error).message}` };
  }
}
