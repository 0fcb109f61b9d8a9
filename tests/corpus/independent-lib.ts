/**
 * The independent coder's corpus (../shared/corpus, outside the repository): loaders and scoring.
 * Read in place — never copied — so the numbers always describe the coder's current labels.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../../lib/contracts/analysis';
import { CODES, type Code, type Element } from './corpus-lib';

/** Where the corpus lives: THERACODE_CORPUS, else ../shared/corpus beside the repository. */
export const INDEPENDENT_DIR = process.env.THERACODE_CORPUS ?? path.resolve(process.cwd(), '..', 'shared', 'corpus');

/** Whether the corpus is present on this machine (it is not part of the repository). */
export const independentPresent = (): boolean => existsSync(path.join(INDEPENDENT_DIR, 'notes.jsonl'));

/** One labelled statement; `code` "none" means nothing billable today. */
export interface IndStatement {
  id: string;
  text: string;
  code: Code | 'none';
  rationale: string;
  tags: string[];
}

/** One labelled note (labels may name codes outside the seven, e.g. 97164 re-evaluation). */
export interface IndNote {
  id: string;
  file: string;
  text: string;
  codes: { code: string; minutes: number | null }[];
  total_timed_minutes: number;
  units_cms: Record<string, number>;
  units_ama: Record<string, number>;
  missing: { code: string; element: Element }[];
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(path.join(INDEPENDENT_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

/** statements.jsonl, parsed. */
export const loadIndependentStatements = (): IndStatement[] => jsonl<IndStatement>('statements.jsonl');

/** notes.jsonl with each note's text. */
export const loadIndependentNotes = (): IndNote[] =>
  jsonl<Omit<IndNote, 'text'>>('notes.jsonl').map((n) => ({
    ...n,
    text: readFileSync(path.join(INDEPENDENT_DIR, n.file), 'utf8'),
  }));

const SEVEN = new Set<string>(CODES);

/** The per-note comparison the test aggregates. Codes outside the seven (97164) are not the engine's to report. */
export interface NoteScore {
  id: string;
  exactSet: boolean;
  /** Per code line (label ∪ engine, seven codes): [code, cms ok, ama ok, minutes ok]. */
  lines: { code: string; cms: boolean; ama: boolean; minutes: boolean; detail: string }[];
  missing: { tp: string[]; fp: string[]; fn: string[] };
}

/** Compare one Analysis with one note's labels. */
export function scoreNote(note: IndNote, a: Analysis): NoteScore {
  const want = new Map(note.codes.filter((c) => SEVEN.has(c.code)).map((c) => [c.code, c.minutes]));
  const got = new Map(a.codes.map((c) => [c.code as string, c]));
  const all = [...new Set([...want.keys(), ...got.keys()])];
  const exactSet = all.every((c) => want.has(c) && got.has(c));
  const lines = all.map((code) => {
    const g = got.get(code);
    const wm = want.has(code) ? (want.get(code) ?? null) : undefined;
    const wc = note.units_cms[code] ?? 0;
    const wa = note.units_ama[code] ?? 0;
    const gc = g?.units.cms ?? 0;
    const ga = g?.units.ama ?? 0;
    return {
      code,
      cms: gc === wc,
      ama: ga === wa,
      minutes: wm === undefined ? g === undefined : (g?.minutes ?? null) === wm && g !== undefined,
      detail: `${code}: want ${wm === undefined ? 'absent' : `${wm ?? 'null'} min ${wc}/${wa}u`}, got ${g ? `${g.minutes ?? 'null'} min ${gc}/${ga}u` : 'absent'}`,
    };
  });
  const wantM = new Set(note.missing.filter((m) => SEVEN.has(m.code)).map((m) => `${m.code}:${m.element}`));
  const gotM = new Set(a.missing.map((m) => `${m.code}:${m.element}`));
  return {
    id: note.id,
    exactSet,
    lines,
    missing: {
      tp: [...gotM].filter((k) => wantM.has(k)),
      fp: [...gotM].filter((k) => !wantM.has(k)),
      fn: [...wantM].filter((k) => !gotM.has(k)),
    },
  };
}

/** Precision and recall per element and overall from note scores. */
export function missingTable(
  scores: readonly NoteScore[],
): Record<string, { tp: number; fp: number; fn: number; P: string; R: string }> {
  const rows: Record<string, { tp: number; fp: number; fn: number; P: string; R: string }> = {};
  const bump = (key: string, k: 'tp' | 'fp' | 'fn') => {
    for (const el of [key.split(':')[1] as string, 'ALL']) {
      rows[el] ??= { tp: 0, fp: 0, fn: 0, P: '', R: '' };
      rows[el][k]++;
    }
  };
  for (const s of scores) {
    for (const k of s.missing.tp) bump(k, 'tp');
    for (const k of s.missing.fp) bump(k, 'fp');
    for (const k of s.missing.fn) bump(k, 'fn');
  }
  rows.ALL ??= { tp: 0, fp: 0, fn: 0, P: '', R: '' };
  for (const r of Object.values(rows)) {
    r.P = r.tp + r.fp === 0 ? '1.000' : (r.tp / (r.tp + r.fp)).toFixed(3);
    r.R = r.tp + r.fn === 0 ? '1.000' : (r.tp / (r.tp + r.fn)).toFixed(3);
  }
  return rows;
}
