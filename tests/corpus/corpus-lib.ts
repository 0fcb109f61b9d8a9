/** Shared loaders and label types for the independent labelled corpus (statements + whole notes). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
