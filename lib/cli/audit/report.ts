/** The audit report model: one entry per note, and the folder summary every format renders. */
import type { Analysis, Element } from '../../contracts/analysis';
import { CODES, type Code } from '../../contracts/codes';
import { type BilledError, type BilledResult, checkBilled, parseBilledLines, type UnitRule } from '../../engine';
import type { Skipped } from './collect';

/** The billed check of one note: what was billed (as written), unreadable parts, results. */
export interface BilledCheck {
  billed: string;
  errors: BilledError[];
  results: BilledResult[];
}

/** One analysed note in the report. */
export interface NoteReport {
  file: string;
  analysis: Analysis;
  /** The note's text as analysed (HTML already stripped); for the defense format, not serialised. */
  text: string;
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
}

/** Everything an audit found; each format renders this. */
export interface AuditReport {
  notes: NoteReport[];
  summary: AuditSummary;
  skipped: Skipped[];
}

const NEEDS_LOOK = 10;

/** Run the billed check for one note from the claim text a coder wrote. */
export function billedCheckFor(analysis: Analysis, billed: string, rule: UnitRule): BilledCheck {
  const parsed = parseBilledLines(billed);
  return { billed, errors: parsed.errors, results: checkBilled(analysis, parsed.lines, rule) };
}

/**
 * Look score: a billed mismatch (or unreadable billed line) 3, a warning flag 2, a missing element 1.
 * Mismatches weigh most because they are what a payer denies; missing elements are the commonest.
 */
export function lookScore(n: Pick<NoteReport, 'analysis' | 'billedCheck'>): number {
  const mismatches =
    (n.billedCheck?.results.filter((r) => r.status !== 'ok').length ?? 0) + (n.billedCheck?.errors.length ?? 0);
  const warnings = n.analysis.flags.filter((f) => f.severity === 'warning').length;
  return 3 * mismatches + 2 * warnings + n.analysis.missing.length;
}

function reasons(n: NoteReport): string[] {
  const out: string[] = [];
  const bad = n.billedCheck?.results.filter((r) => r.status !== 'ok') ?? [];
  if (bad.length > 0) out.push(`${bad.length} billed mismatch(es)`);
  const warnings = n.analysis.flags.filter((f) => f.severity === 'warning').length;
  if (warnings > 0) out.push(`${warnings} warning(s)`);
  if (n.analysis.missing.length > 0) out.push(`${n.analysis.missing.length} missing element(s)`);
  return out;
}

/** Build the report from analysed notes (already carrying their billed checks) and the skip list. */
export function buildReport(
  notes: Omit<NoteReport, 'score'>[],
  skipped: Skipped[],
  rule: UnitRule,
  billedWithoutNote: string[] = [],
): AuditReport {
  const scored = notes.map((n) => ({ ...n, score: lookScore(n) }));
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
    .map((n) => ({ file: n.file, score: n.score, reasons: reasons(n) }));
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
    },
  };
}

/** "97110:15m/1/1;97530:12m/1/1" — minutes / CMS units / AMA units per code, compact for one cell. */
export function compactCodes(a: Analysis): string {
  return a.codes.map((c) => `${c.code}:${c.minutes ?? '—'}m/${c.units.cms}/${c.units.ama}`).join(';');
}

/** A missing element's message without the engine's leading "97110: " (the report already shows the code). */
export function missingText(m: { code: Code; message: string }): string {
  return m.message.startsWith(`${m.code}: `) ? m.message.slice(m.code.length + 2) : m.message;
}
