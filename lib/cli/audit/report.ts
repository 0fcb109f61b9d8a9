/** The audit report model: one entry per note, and the folder summary every format renders. */
import type { Analysis, Element } from '../../contracts/analysis';
import { CODES, type Code } from '../../contracts/codes';
import {
  type BilledError,
  type BilledLine,
  type BilledResult,
  checkBilled,
  type Discipline,
  parseBilledLines,
  type UnitRule,
} from '../../engine';
import { type CopyPair, findCopyForward } from './copy-forward';
import type { Skipped } from './process';
import { type Worklist, worklist } from './worklist';

/** The billed check of one note: what was billed (as written), unreadable parts, results. */
export interface BilledCheck {
  billed: string;
  /** The claim lines read from `billed` (code, units, modifiers). */
  lines: BilledLine[];
  errors: BilledError[];
  results: BilledResult[];
}

/** One analysed note in the report. */
export interface NoteReport {
  file: string;
  analysis: Analysis;
  /** The note's text as analysed (HTML already stripped); for the defense format, not serialised. */
  text: string;
  /** Date of service (ISO when readable), therapist and patient, from the note or the export's columns. */
  date: string | null;
  therapist: string | null;
  patient: string | null;
  /** Copy-forward fingerprint (copy-forward.ts); not serialised. */
  print: readonly number[];
  billedCheck?: BilledCheck;
  /** Higher means "look at this one first": see `lookScore`. */
  score: number;
}

/** The folder-level summary: code mix, frequent gaps, notes to look at first. */
export interface AuditSummary {
  rule: UnitRule;
  rulesetVersion: string | null;
  notes: number;
  skipped: number;
  /** Per code: in how many notes it appears, and its minutes across them. */
  codeMix: { code: Code; notes: number; minutes: number }[];
  /** Most frequent missing elements, as "code element" with counts. */
  missing: { code: Code; element: Element; count: number }[];
  /** The notes with the highest look score (score > 0), best first. */
  needsLook: { file: string; score: number; reasons: string[] }[];
  /** billed.csv rows whose file matched no analysed note. */
  billedWithoutNote: string[];
  /** Visits of one patient with nearly identical intervention text. */
  copyForward: CopyPair[];
  /** Totals per therapist and week; units billed vs supported. */
  worklist: Worklist;
}

/** Everything an audit found; each format renders this. */
export interface AuditReport {
  notes: NoteReport[];
  summary: AuditSummary;
  skipped: Skipped[];
}

/** How many notes the ranked worklist lists (the text format shows the first 10). */
const NEEDS_LOOK = 500;

/** Run the billed check for one note from the claim text a coder wrote. */
export function billedCheckFor(
  analysis: Analysis,
  billed: string,
  rule: UnitRule,
  discipline?: Discipline,
): BilledCheck {
  const parsed = parseBilledLines(billed);
  return {
    billed,
    lines: parsed.lines,
    errors: parsed.errors,
    results: checkBilled(analysis, parsed.lines, rule, discipline),
  };
}

/** How the look score is made, in words (CSV header note, help, HTML). */
export const LOOK_SCORE_RULE = '3 per billed mismatch + 2 per warning flag or copy-forward + 1 per missing element';

/**
 * Look score: a billed mismatch (or unreadable billed line) 3, a warning flag or a copy-forward of
 * an earlier visit 2, a missing element 1. Mismatches weigh most because they are what a payer
 * denies; missing elements are the commonest.
 */
export function lookScore(n: Pick<NoteReport, 'analysis' | 'billedCheck'>, copies = 0): number {
  const mismatches =
    (n.billedCheck?.results.filter((r) => r.status !== 'ok').length ?? 0) + (n.billedCheck?.errors.length ?? 0);
  const warnings = n.analysis.flags.filter((f) => f.severity === 'warning').length;
  return 3 * mismatches + 2 * (warnings + copies) + n.analysis.missing.length;
}

function reasons(n: NoteReport, copies: number): string[] {
  const out: string[] = [];
  const bad = n.billedCheck?.results.filter((r) => r.status !== 'ok') ?? [];
  if (bad.length > 0) out.push(`${bad.length} billed mismatch(es)`);
  const warnings = n.analysis.flags.filter((f) => f.severity === 'warning').length;
  if (warnings > 0) out.push(`${warnings} warning(s)`);
  if (n.analysis.missing.length > 0) out.push(`${n.analysis.missing.length} missing element(s)`);
  if (copies > 0) out.push('copy-forward of an earlier visit');
  return out;
}

/** Build the report from analysed notes (already carrying their billed checks) and the skip list. */
export function buildReport(
  notes: Omit<NoteReport, 'score'>[],
  skipped: Skipped[],
  rule: UnitRule,
  billedWithoutNote: string[] = [],
): AuditReport {
  const copyForward = findCopyForward(notes);
  const copies = new Map<string, number>();
  for (const p of copyForward) copies.set(p.later, (copies.get(p.later) ?? 0) + 1);
  const scored = notes.map((n) => ({ ...n, score: lookScore(n, copies.get(n.file) ?? 0) }));
  const codeMix = CODES.map((code) => {
    const lines = scored.flatMap((n) => n.analysis.codes.filter((c) => c.code === code));
    return { code, notes: lines.length, minutes: lines.reduce((t, c) => t + (c.minutes ?? 0), 0) };
  })
    .filter((c) => c.notes > 0)
    .sort((a, b) => b.notes - a.notes || b.minutes - a.minutes);
  const missingCounts = new Map<string, { code: Code; element: Element; count: number }>();
  for (const n of scored)
    for (const m of n.analysis.missing) {
      const key = `${m.code} ${m.element}`;
      const prev = missingCounts.get(key) ?? { code: m.code, element: m.element, count: 0 };
      prev.count++;
      missingCounts.set(key, prev);
    }
  const needsLook = scored
    .filter((n) => n.score > 0)
    .sort((a, b) => b.score - a.score || a.file.localeCompare(b.file))
    .slice(0, NEEDS_LOOK)
    .map((n) => ({ file: n.file, score: n.score, reasons: reasons(n, copies.get(n.file) ?? 0) }));
  return {
    notes: scored,
    skipped,
    summary: {
      rule,
      rulesetVersion: scored[0]?.analysis.rulesetVersion ?? null,
      notes: scored.length,
      skipped: skipped.length,
      codeMix,
      missing: [...missingCounts.values()].sort((a, b) => b.count - a.count).slice(0, 10),
      needsLook,
      billedWithoutNote,
      copyForward,
      worklist: worklist(scored, rule),
    },
  };
}

/** A missing element's message without the engine's leading "97110: " (the report already shows the code). */
export function missingText(m: { code: Code; message: string }): string {
  return m.message.startsWith(`${m.code}: `) ? m.message.slice(m.code.length + 2) : m.message;
}
