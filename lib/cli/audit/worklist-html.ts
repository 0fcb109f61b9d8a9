/** The worklist totals (per therapist, per week, billed vs supported) as HTML tables, escaped. */
import type { AuditSummary } from './report';
import { esc } from './svg-bars';
import type { Totals } from './worklist';

function totalsTable(title: string, rows: readonly Totals[], unit: string): string {
  const body = rows
    .map(
      (t) =>
        `<tr><td>${esc(t.key)}</td><td class="n">${esc(t.notes)}</td><td class="n">${esc(t.timedMinutes)}</td><td class="n">${esc(t.units)}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>${esc(title)}</th><th class="n">Notes</th><th class="n">Timed minutes</th><th class="n">${esc(unit)} units</th></tr>${body}</table>`;
}

/** Totals per therapist and week, then units billed vs supported when claims were given. */
export function worklistHtml(s: AuditSummary): string {
  const unit = s.rule.toUpperCase();
  const w = s.worklist;
  let billed = '';
  if (w.billed) {
    const rows = w.billed.perCode
      .map(
        (r) =>
          `<tr><td><code>${esc(r.code)}</code></td><td class="n">${esc(r.billed)}</td><td class="n">${esc(r.supported)}</td>` +
          `<td class="${r.billed > r.supported ? 'bad' : 'ok'}">${r.billed > r.supported ? 'over' : r.billed < r.supported ? 'under' : 'matches'}</td></tr>`,
      )
      .join('');
    billed =
      `<table><tr><th>Code (${esc(w.billed.notes)} notes with a claim)</th><th class="n">Billed units</th><th class="n">Supported (${esc(unit)})</th><th></th></tr>${rows}` +
      `<tr><th>Total</th><th class="n">${esc(w.billed.billedUnits)}</th><th class="n">${esc(w.billed.supportedUnits)}</th><th></th></tr></table>`;
  }
  return totalsTable('Therapist', w.byTherapist, unit) + totalsTable('Week of (Monday)', w.byWeek, unit) + billed;
}
