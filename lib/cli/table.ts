/** The readable table of one Analysis (plain output of `theracode analyze`). */
import type { Analysis } from '../contracts/analysis';
import { CODE_NAMES } from '../contracts/codes';
import type { Rule } from './args';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const oneLine = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** Render segments, the minute ledger and the missing elements as plain text. */
export function formatTable(a: Analysis, rule: Rule): string {
  const out: string[] = [];
  const suggested = a.suggested ? `${a.suggested} ${CODE_NAMES[a.suggested]}` : '— (nothing billable found)';
  out.push(`Suggested (${rule.toUpperCase()}): ${suggested}`);
  out.push('');
  out.push('Interventions');
  const shown = a.segments.filter((s) => s.code !== null || s.status !== 'other');
  if (shown.length === 0) out.push('  (none recognised)');
  for (const s of shown) {
    const code = s.code ?? '-----';
    const mins = s.minutes === null ? '   ' : pad(String(s.minutes), 3);
    out.push(`  ${code}  ${pad(s.status, 9)} ${mins} min  ${oneLine(s.text, 70)}`);
  }
  out.push('');
  out.push('Minute ledger              minutes  CMS  AMA');
  for (const c of a.codes) {
    const name = `${c.code} ${CODE_NAMES[c.code]}`;
    out.push(
      `  ${pad(oneLine(name, 26), 26)} ${pad(String(c.minutes ?? '—'), 8)} ${pad(String(c.units.cms), 4)} ${c.units.ama}`,
    );
  }
  const t = a.totals;
  out.push(
    `  ${pad('Total timed', 26)} ${pad(String(t.timedMinutes), 8)} ${pad(String(t.units.cms), 4)} ${t.units.ama}`,
  );
  if (t.units.cms !== t.units.ama) out.push(`  CMS and AMA differ by ${Math.abs(t.units.cms - t.units.ama)} unit(s).`);
  if (t.statedTimedMinutes !== null) out.push(`  Note states ${t.statedTimedMinutes} timed minutes.`);
  out.push('');
  out.push('Missing documentation');
  if (a.missing.length === 0) out.push('  (nothing missing)');
  for (const m of a.missing) out.push(`  ${m.code}  ${pad(m.element, 13)} ${m.message}`);
  if (a.flags.length > 0) {
    out.push('');
    out.push('Flags');
    for (const f of a.flags) out.push(`  [${f.severity}] ${f.message}`);
  }
  out.push('');
  out.push(`ruleset ${a.rulesetVersion}  ${a.noteHash}`);
  return out.join('\n');
}
