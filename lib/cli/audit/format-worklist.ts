/** The worklist and copy-forward sections as plain text (table and defense formats). */
import type { AuditSummary } from './report';
import type { Totals } from './worklist';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

function totalsBlock(title: string, rows: readonly Totals[], unit: string): string[] {
  const out = [`${pad(title, 40)} notes  timed min  ${unit} units`];
  for (const t of rows)
    out.push(`  ${pad(t.key, 38)} ${pad(String(t.notes), 6)} ${pad(String(t.timedMinutes), 10)} ${t.units}`);
  return out;
}

/** Copy-forward pairs, or a line saying there are none. */
export function copyForwardLines(s: AuditSummary): string[] {
  const out = ['Copy-forward (same patient, nearly identical interventions)'];
  if (s.copyForward.length === 0) out.push('  (none found)');
  for (const p of s.copyForward)
    out.push(`  ${Math.round(p.similarity * 100)}%  ${p.later}  repeats  ${p.earlier}  (patient ${p.patient})`);
  return out;
}

/** Totals per therapist and per week, and units billed vs supported. */
export function worklistLines(s: AuditSummary): string[] {
  const unit = s.rule.toUpperCase();
  const w = s.worklist;
  const out = [
    ...totalsBlock('Per therapist', w.byTherapist, unit),
    '',
    ...totalsBlock('Per week (Monday)', w.byWeek, unit),
  ];
  if (w.billed) {
    out.push('', `Units billed vs supported (${unit}), ${w.billed.notes} note(s) with a claim`);
    for (const r of w.billed.perCode)
      out.push(
        `  ${r.code}  billed ${pad(String(r.billed), 4)} supported ${pad(String(r.supported), 4)}${r.billed > r.supported ? '  OVER' : r.billed < r.supported ? '  under' : ''}`,
      );
    out.push(`  total  billed ${w.billed.billedUnits}, supported ${w.billed.supportedUnits}`);
  }
  return out;
}
