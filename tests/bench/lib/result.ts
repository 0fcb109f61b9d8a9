/** One line of the bench report, and the budgets it is held to (design.md §5). */
import type { LatencySummary } from './stats';
import type { StepLog } from './steps';
import type { LongTaskReport } from './trace';

/** Timed edits per latency bench (≥ 40 so p95 is not the maximum of a handful). */
export const EDITS = Math.max(40, Number(process.env.EDITS ?? 40));

/** Last keystroke to sidebar, debounce included. */
export const LATENCY_P95_BUDGET_MS = 150;

/** What one browser bench measured. `budgeted: false` rows are shown for context and never fail. */
export interface BenchResult {
  name: string;
  latency?: LatencySummary;
  longTasks?: LongTaskReport;
  budgeted?: boolean;
  /** Where each edit's time went (hooks builds only; never budgeted). */
  steps?: StepLog;
}

/** The budget breaches of a result, in words (empty when within budget). */
export function breaches(r: BenchResult): string[] {
  if (r.budgeted === false) return [];
  const out: string[] = [];
  if (r.latency) {
    if (!(r.latency.p95 < LATENCY_P95_BUDGET_MS)) out.push(`p95 ${r.latency.p95.toFixed(0)} ms ≥ 150 ms`);
    if (r.latency.timedOut > 0) out.push(`${r.latency.timedOut} edits never reached the sidebar`);
  }
  if (r.longTasks && r.longTasks.extension.length > 0) {
    const max = Math.max(...r.longTasks.extension.map((t) => t.ms));
    out.push(`${r.longTasks.extension.length} long tasks caused by the extension (max ${max.toFixed(0)} ms)`);
  }
  return out;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');

/** Report lines for one result. */
export function formatResult(r: BenchResult): string[] {
  const lines = [`  ${r.name}`];
  if (r.latency) {
    const l = r.latency;
    lines.push(
      `    latency over ${l.n} edits: p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  max ${ms(l.max)}` +
        (l.timedOut ? `  (${l.timedOut} timed out)` : ''),
    );
  }
  if (r.longTasks) {
    const { all, extension, unattributed } = r.longTasks;
    const max = (ts: { ms: number }[]) => (ts.length ? ms(Math.max(...ts.map((t) => t.ms))) : '—');
    const extMax = extension.length ? ms(Math.max(...extension.map((t) => t.extensionMs))) : '—';
    lines.push(
      `    long tasks (> 50 ms): ${all.length} in all (max ${max(all)}); caused by the extension ${extension.length}` +
        ` (max ${max(extension)}, of it extension script ${extMax}); no extension script in ${unattributed.length}`,
    );
  }
  const steps = r.steps?.summary() ?? [];
  if (steps.length) lines.push(`    steps (p50 / p95 over ${Math.max(...steps.map((l) => l.n))} edits):`);
  for (const l of steps) lines.push(`      ${l.leg.padEnd(32)} ${ms(l.p50).padStart(9)} / ${ms(l.p95).padStart(9)}`);
  const b = breaches(r);
  lines.push(
    `    budget: ${r.budgeted === false ? 'not budgeted (context)' : b.length ? `OVER — ${b.join('; ')}` : 'OK'}`,
  );
  return lines;
}
