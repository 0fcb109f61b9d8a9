/**
 * Copy-forward (cloned documentation): notes of one patient whose intervention text is nearly the
 * same visit after visit. Each note's performed interventions become a set of hashed word 3-grams;
 * two visits of a patient are a pair when the sets' Jaccard similarity reaches THRESHOLD. Notes
 * are compared within a patient only, each with the WINDOW visits before it (by date, then name).
 */
import path from 'node:path';
import type { Analysis } from '../../contracts/analysis';

/** Similarity at or above which two visits are flagged (progressed doses and new activities fall well below). */
export const THRESHOLD = 0.85;
/** Fewer 3-grams than this is too little text to call a copy (a one-line note repeats by nature). */
const MIN_SHINGLES = 12;
const WINDOW = 10;

/** A flagged pair: the later note and the earlier one it repeats. */
export interface CopyPair {
  patient: string;
  earlier: string;
  later: string;
  /** Jaccard similarity of the interventions' word 3-grams, 0..1, two decimals. */
  similarity: number;
}

/** What the detector needs of a note. */
export interface Comparable {
  file: string;
  /** null: take it from the file name; '' unknown (a table row with no patient column): not compared. */
  patient: string | null;
  date: string | null;
  print: readonly number[];
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The sorted, unique hashed word 3-grams of a note's performed interventions. */
export function fingerprint(a: Analysis): number[] {
  const words = a.segments
    .filter((s) => s.status === 'performed' && s.code !== null)
    .flatMap((s) => s.text.toLowerCase().match(/[a-z0-9#%/.]+/g) ?? []);
  const set = new Set<number>();
  for (let i = 0; i + 2 < words.length; i++) set.add(hash(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  return [...set].sort((x, y) => x - y);
}

/** Jaccard similarity of two sorted unique arrays. */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}

/**
 * The patient a file belongs to when no column says: its name without extension, dates, visit or
 * note numbers ("smith_j_2026-03-02_visit3.txt" → "smith_j"); a name that is only those (note1.txt)
 * means the folder is the patient.
 */
export function patientFromFile(file: string): string {
  const source = file.replace(/#.*$/, '');
  const stem = path
    .basename(source, path.extname(source))
    .toLowerCase()
    .replace(/\d{4}[-_.]?\d{2}[-_.]?\d{2}|\d{1,2}[-_.]\d{1,2}[-_.]\d{2,4}/g, ' ')
    .replace(/\b(?:visit|note|dos|session|tx|daily|v)[-_ ]?\d*\b/g, ' ')
    .replace(/[-_ .]*\d+[-_ .]*$/g, ' ')
    .replace(/[-_ .]+/g, ' ')
    .trim();
  return stem === '' ? path.dirname(source) : stem;
}

/** The flagged pairs, later note first within a patient, patients in name order. */
export function findCopyForward(notes: readonly Comparable[]): CopyPair[] {
  const byPatient = new Map<string, Comparable[]>();
  for (const n of notes) {
    if (n.print.length < MIN_SHINGLES || n.patient === '') continue;
    const key = n.patient ?? patientFromFile(n.file);
    byPatient.set(key, [...(byPatient.get(key) ?? []), n]);
  }
  const pairs: CopyPair[] = [];
  for (const [patient, visits] of [...byPatient].sort(([a], [b]) => a.localeCompare(b))) {
    visits.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file));
    for (let i = 1; i < visits.length; i++)
      for (let j = Math.max(0, i - WINDOW); j < i; j++) {
        const later = visits[i] as Comparable;
        const earlier = visits[j] as Comparable;
        const similarity = jaccard(later.print, earlier.print);
        if (similarity >= THRESHOLD)
          pairs.push({
            patient,
            earlier: earlier.file,
            later: later.file,
            similarity: Math.round(similarity * 100) / 100,
          });
      }
  }
  return pairs;
}
