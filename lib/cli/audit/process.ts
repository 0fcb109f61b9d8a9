/**
 * One audited file → its analysed notes (or why it is skipped): read and convert the export, run
 * the engine, read the date of service and therapist, fingerprint the interventions for
 * copy-forward. Runs in a worker thread (worker.ts) or in this one; results are plain data.
 */
import type { Analysis } from '../../contracts/analysis';
import { analyze } from '../../engine';
import type { Discipline } from '../args';
import { engineOptions } from '../engine-options';
import { dateOfService, therapistOf } from '../read/note-meta';
import { readSource } from '../read/source';
import type { ColumnOptions } from '../read/table-notes';
import { fingerprint } from './copy-forward';

/** Per-file limit for audit: a daily note is a few KB; 10 MB is an export gone wrong, not a note. */
export const AUDIT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** What every file of one audit is processed with. */
export interface ProcessOptions {
  columns: ColumnOptions;
  discipline: Discipline;
  /** Keep each note's text (the defense format quotes it); otherwise it is dropped early. */
  keepText: boolean;
  /**
   * Keep the analysis's segments (json and defense print them). The other formats show codes,
   * totals, missing elements and flags only; without segments a note's result is a tenth the size
   * to pass back from a worker.
   */
  keepSegments: boolean;
}

/** One analysed note of a file. */
export interface AnalysedNote {
  file: string;
  /** The source file it came from (differs from `file` for rows, pages and visits). */
  source: string;
  text: string;
  analysis: Analysis;
  date: string | null;
  therapist: string | null;
  patient: string | null;
  /** Hashed word 3-grams of the performed interventions (copy-forward.ts). */
  print: number[];
}

/** A file the audit could not analyse, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

/** The notes of one file, or why it was skipped. */
export type Processed = { notes: AnalysedNote[] } | Skipped;

// The audit's wording for read failures (a coder reads these in a list of skipped files).
const REASONS: Record<string, string> = {
  'no such file': 'cannot be read: missing (or a broken link)',
  'permission denied': 'cannot be read: permission denied',
  'symbolic link loop': 'cannot be read: symbolic link loop',
  'is a directory': 'a folder named like a note',
};

/** Read, convert and analyse one file. */
export async function processFile(file: string, opts: ProcessOptions): Promise<Processed> {
  const r = await readSource(file, opts.columns, AUDIT_MAX_FILE_BYTES);
  if (!r.ok) return { file, reason: REASONS[r.reason] ?? r.reason };
  const engine = engineOptions(opts.discipline);
  const notes: AnalysedNote[] = [];
  for (const n of r.notes) {
    if (n.text.trim() === '') continue;
    const analysis = analyze(n.text, engine);
    notes.push({
      file: n.name,
      source: file,
      text: opts.keepText ? n.text : '',
      analysis: opts.keepSegments ? analysis : { ...analysis, segments: [] },
      date: n.date ?? dateOfService(n.text),
      therapist: n.therapist ?? therapistOf(n.text),
      patient: n.patient,
      print: fingerprint(analysis),
    });
  }
  return notes.length === 0 ? { file, reason: 'empty' } : { notes };
}
