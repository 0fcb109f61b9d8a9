/** `analyze --billed`: the billed check of each analysed note, as table text or a JSON field. */
import path from 'node:path';
import type { Analysis } from '../contracts/analysis';
import type { Discipline } from '../engine';
import type { Rule } from './args';
import { billedFor, resolveBilledArg } from './audit/billed-input';
import { billedLines } from './audit/format-text';
import { type BilledCheck, billedCheckFor } from './audit/report';

/** Billed checks per input name; null for a note a billed.csv table has no row for. */
export async function billedChecks(
  arg: string,
  notes: readonly { name: string; analysis: Analysis }[],
  rule: Rule,
  discipline?: Discipline,
): Promise<Map<string, BilledCheck | null>> {
  const source = await resolveBilledArg(arg);
  const checks = new Map<string, BilledCheck | null>();
  for (const n of notes) {
    const billed = 'text' in source ? source.text : (billedFor(source.table, n.name, null)?.billed ?? null);
    checks.set(n.name, billed === null ? null : billedCheckFor(n.analysis, billed, rule, discipline));
  }
  return checks;
}

/** The "Billed check" block appended after a note's table. */
export function formatBilledCheck(name: string, check: BilledCheck | null): string {
  if (check === null) return `\n\nBilled check\n  (no row for ${path.basename(name)} in the billed table)`;
  return ['', '', 'Billed check', ...billedLines(check)].join('\n');
}
