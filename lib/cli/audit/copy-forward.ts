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

// FNV-1a, folded in by hand so a 3-gram is hashed without building its string.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** Word characters of the 3-grams: a-z 0-9 # % / . (the text is lower-cased first). */
const WORD_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789#%/.') WORD_CHAR[c.charCodeAt(0)] = 1;

/** FNV-1a of `text[from, to)` continued from `h`. */
function fold(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The sorted, unique hashed word 3-grams of a note's performed interventions: FNV-1a of "w1 w2 w3"
 * for each run of three words (a run crosses from one intervention into the next). Words are found
 * by char code and hashed in place, with no word list or 3-gram strings: the string version was a
 * twelfth of an audit worker's time.
 */
export function fingerprint(a: Analysis): number[] {
  // Each word as (its lower-cased segment text, start, end).
  const texts: string[] = [];
  const owner: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of a.segments) {
    if (s.status !== 'performed' || s.code === null) continue;
    const t = s.text.toLowerCase();
    const k = texts.push(t) - 1;
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 0;
      const isWord = c < 128 && WORD_CHAR[c] === 1;
      if (isWord && start < 0) start = i;
      else if (!isWord && start >= 0) {
        owner.push(k);
        starts.push(start);
        ends.push(i);
        start = -1;
      }
    }
  }
  const n = starts.length - 2;
  if (n <= 0) return [];
  const word = (h: number, w: number) =>
    fold(h, texts[owner[w] as number] as string, starts[w] as number, ends[w] as number);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = Math.imul(word(FNV_OFFSET, i) ^ SPACE, FNV_PRIME);
    hashes[i] = word(Math.imul(word(h, i + 1) ^ SPACE, FNV_PRIME), i + 2);
  }
  hashes.sort();
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) out.push(hashes[i] as number);
  return out;
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
    // Appended in place: copying the list per note was quadratic in a patient's (or folder's) notes.
    const visits = byPatient.get(key);
    if (visits) visits.push(n);
    else byPatient.set(key, [n]);
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
