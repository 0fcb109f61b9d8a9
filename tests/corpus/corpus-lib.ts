/**
 * Shared loaders, label types and scoring for the labelled corpora: our own (statements + notes with
 * .json labels), the jsonl sets (independent coder's corpus, held-out batches under general/ and
 * formats/) and the one scoring loop every corpus test prints with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Analysis } from '../../lib/contracts/analysis';
import { analyze } from '../../lib/engine';

export const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const NOTES_DIR = path.join(CORPUS_DIR, 'notes');

export const CODES = ['97530', '97110', '97112', '97535', '97116', '97140', '97150'] as const;
export type Code = (typeof CODES)[number];
export const TIMED: readonly Code[] = CODES.filter((c) => c !== '97150');
export const STATUSES = ['performed', 'negated', 'planned', 'history', 'goal', 'other'] as const;
export const ELEMENTS = [
  'minutes',
  'activity',
  'body-region',
  'purpose',
  'dosage',
  'skilled-input',
  'response',
] as const;
export type Element = (typeof ELEMENTS)[number];

export interface StatementLabel {
  id: string;
  text: string;
  code: Code | null;
  status: (typeof STATUSES)[number];
  tags: string[];
  why: string;
}

export interface CodeLabel {
  minutes: number | null;
  /** null only in a note marked cmsTie: the per-code CMS split is the provider's choice there. */
  cms: number | null;
  ama: number;
}

export interface NoteLabel {
  suggested: Code | null;
  cmsTie?: boolean;
  codes: Partial<Record<Code, CodeLabel>>;
  /** Timed codes only: 97150 minutes and units are not part of the totals. */
  totals: { timedMinutes: number; cms: number; ama: number };
  missing: { code: Code; element: Element }[];
  notes: string;
}

export interface NoteCase {
  name: string;
  text: string;
  label: NoteLabel;
}

/** Every line of statements.jsonl, parsed (blank lines skipped). */
export function loadStatements(): StatementLabel[] {
  return readFileSync(path.join(CORPUS_DIR, 'statements.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as StatementLabel);
}

/** Note base names (without extension) that have a .txt file. */
export function noteNames(): string[] {
  return readdirSync(NOTES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Every note text with its label. */
export function loadNotes(): NoteCase[] {
  return noteNames().map((name) => ({
    name,
    text: readFileSync(path.join(NOTES_DIR, `${name}.txt`), 'utf8'),
    label: JSON.parse(readFileSync(path.join(NOTES_DIR, `${name}.json`), 'utf8')) as NoteLabel,
  }));
}

/** AMA/CPT midpoint rule for one timed code (domain.md §4). */
export function amaUnits(minutes: number | null): number {
  if (minutes === null || minutes < 8) return 0;
  return Math.floor((minutes + 7) / 15);
}

/** CMS total units for T timed minutes (domain.md §3 table). */
export function cmsTotal(t: number): number {
  return t < 8 ? 0 : Math.floor((t + 7) / 15);
}

/**
 * CMS 8-minute-rule allocation (domain.md §3 steps 1-5), written independently of the engine.
 * `tie` is true when the leftover units fall between equal remainders, so the split is a free choice.
 */
export function cmsAllocate(minutes: Partial<Record<Code, number | null>>): {
  units: Partial<Record<Code, number>>;
  total: number;
  tie: boolean;
} {
  const timed = TIMED.filter((c) => c in minutes).map((c) => ({ code: c, m: minutes[c] ?? 0 }));
  const t = timed.reduce((s, x) => s + x.m, 0);
  const n = cmsTotal(t);
  const units: Partial<Record<Code, number>> = {};
  for (const x of timed) units[x.code] = Math.floor(x.m / 15);
  const full = timed.reduce((s, x) => s + Math.floor(x.m / 15), 0);
  const r = n - full;
  const byRem = [...timed].sort((a, b) => (b.m % 15) - (a.m % 15));
  for (const x of byRem.slice(0, Math.max(r, 0))) units[x.code] = (units[x.code] ?? 0) + 1;
  const cut = byRem[r - 1];
  const next = byRem[r];
  const tie = r > 0 && cut !== undefined && next !== undefined && cut.m % 15 === next.m % 15;
  return { units, total: n, tie };
}

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

/** The non-blank lines of a jsonl file, parsed. */
export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

/** A jsonl-labelled set in `dir` (statements.jsonl, notes.jsonl and the note files it names). */
export function loadLabelledSet(dir: string): { statements: IndStatement[]; notes: IndNote[] } {
  return {
    statements: readJsonl<IndStatement>(path.join(dir, 'statements.jsonl')),
    notes: readJsonl<Omit<IndNote, 'text'>>(path.join(dir, 'notes.jsonl')).map((n) => ({
      ...n,
      text: readFileSync(path.join(dir, n.file), 'utf8'),
    })),
  };
}

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

/** A labelled set run through the engine: statement rows, note scores and the shares the tests assert. */
export interface SetScore {
  rows: (IndStatement & { got: string; ok: boolean })[];
  scores: NoteScore[];
  lines: NoteScore['lines'];
  table: ReturnType<typeof missingTable>;
  statementShare: number;
  exactSets: number;
  cms: number;
  ama: number;
  minutes: number;
}

const share = (xs: readonly boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 1);

/** Run the engine over a set's statements and notes and score both against the labels. */
export function scoreSet(statements: readonly IndStatement[], notes: readonly IndNote[]): SetScore {
  const rows = statements.map((s) => {
    const got = analyze(s.text).suggested ?? 'none';
    return { ...s, got, ok: got === s.code };
  });
  const scores = notes.map((n) => scoreNote(n, analyze(n.text)));
  const lines = scores.flatMap((s) => s.lines);
  return {
    rows,
    scores,
    lines,
    table: missingTable(scores),
    statementShare: share(rows.map((r) => r.ok)),
    exactSets: share(scores.map((s) => s.exactSet)),
    cms: share(lines.map((l) => l.cms)),
    ama: share(lines.map((l) => l.ama)),
    minutes: share(lines.map((l) => l.minutes)),
  };
}

/** The one-line summary of a set's notes. */
export function notesSummary(name: string, r: SetScore): string {
  const all = r.table.ALL;
  return (
    `${name} notes (${r.scores.length}): exact code sets ${r.exactSets.toFixed(3)} | ` +
    `units per code CMS ${r.cms.toFixed(3)} AMA ${r.ama.toFixed(3)} | minutes per code ${r.minutes.toFixed(3)} ` +
    `(${r.lines.length} code lines) | missing P ${all?.P} R ${all?.R} (tp ${all?.tp} fp ${all?.fp} fn ${all?.fn})`
  );
}

/** Every statement miss, then every note with a wrong code set, units, minutes or missing element. */
export function printMisses(name: string, r: SetScore): void {
  const ok = r.rows.filter((x) => x.ok).length;
  console.log(`\n${name} statements: ${ok}/${r.rows.length} (${r.statementShare.toFixed(3)})`);
  for (const x of r.rows.filter((y) => !y.ok)) console.log(`  ${x.id} | want ${x.code} | got ${x.got} | ${x.text}`);
  console.log(notesSummary(name, r));
  for (const s of r.scores) {
    const bad = s.lines.filter((l) => !l.cms || !l.ama || !l.minutes).map((l) => l.detail);
    const extra = s.missing.fp.length ? [`missing extra: ${s.missing.fp.join(', ')}`] : [];
    const lost = s.missing.fn.length ? [`missing not found: ${s.missing.fn.join(', ')}`] : [];
    const all = [...(s.exactSet ? [] : ['code set differs']), ...bad, ...extra, ...lost];
    if (all.length) console.log(`- ${s.id}: ${all.join(' | ')}`);
  }
}

/** The floors a labelled set must stay at or above (shares 0–1; units is the lower of CMS and AMA). */
export interface SetFloors {
  statements: number;
  exactSets: number;
  units: number;
  precision: number;
  recall: number;
}

/** Assert a scored set meets its floors (one check for every corpus test). */
export function expectFloors(r: SetScore, floor: SetFloors): void {
  expect(r.statementShare).toBeGreaterThanOrEqual(floor.statements);
  expect(r.exactSets).toBeGreaterThanOrEqual(floor.exactSets);
  expect(Math.min(r.cms, r.ama)).toBeGreaterThanOrEqual(floor.units);
  expect(Number(r.table.ALL?.P)).toBeGreaterThanOrEqual(floor.precision);
  expect(Number(r.table.ALL?.R)).toBeGreaterThanOrEqual(floor.recall);
}
