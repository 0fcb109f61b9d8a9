/**
 * The readable table of one Analysis (plain output of `theracode analyze`): suggestion, interventions,
 * the minute ledger with CMS and AMA units side by side, the documentation checklist, flags, summary.
 * `rule` picks the units the "Suggested" and "Summary" lines quote; the ledger always shows both.
 */
import type { Analysis } from '../contracts/analysis';
import { CODE_NAMES } from '../contracts/codes';
import type { Rule } from './args';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padLeft = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const oneLine = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const RULE_NAME: Record<Rule, string> = { cms: 'CMS 8-minute rule', ama: 'AMA midpoint rule' };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const diff = (cms: number, ama: number) => (cms === ama ? '' : cms > ama ? `+${cms - ama}` : `-${ama - cms}`);

function ledgerRow(label: string, minutes: number | null, cms: number, ama: number): string {
  const min = padLeft(minutes === null ? '—' : String(minutes), 7);
  return `  ${pad(oneLine(label, 44), 44)} ${min} ${padLeft(String(cms), 4)} ${padLeft(String(ama), 4)} ${padLeft(diff(cms, ama), 9)}`.trimEnd();
}

function ledger(a: Analysis): string[] {
  const out = [`Minute ledger${' '.repeat(34)}minutes  CMS  AMA  CMS−AMA`];
  if (a.codes.length === 0) out.push('  (no performed interventions)');
  for (const c of a.codes) {
    const label = `${c.code} ${CODE_NAMES[c.code]}${c.timed ? '' : ' (untimed)'}`;
    out.push(ledgerRow(label, c.minutes, c.units.cms, c.units.ama));
  }
  const t = a.totals;
  out.push(ledgerRow('Total timed', t.timedMinutes, t.units.cms, t.units.ama));
  if (t.statedTimedMinutes !== null) out.push(`  Note states ${t.statedTimedMinutes} timed minutes.`);
  if (a.codes.some((c) => !c.timed))
    out.push('  Untimed codes carry 1 unit per session and are not in the timed total.');
  return out;
}

function checklist(a: Analysis): string[] {
  const out = ['Missing documentation'];
  if (a.missing.length === 0) out.push('  (nothing missing)');
  for (const m of a.missing) {
    out.push(`  [ ] #${m.segment} ${m.code}  ${pad(m.element, 13)} ${m.message}`);
    out.push(`        ${m.hint}`);
  }
  return out;
}

/** One line: the timed units under `rule`, per code, plus untimed codes. */
export function summaryLine(a: Analysis, rule: Rule): string {
  const billed = a.codes.filter((c) => c.units[rule] > 0).map((c) => `${c.code} ×${c.units[rule]}`);
  const timed = plural(a.totals.units[rule], 'timed unit');
  const list = billed.length > 0 ? `: ${billed.join(', ')}` : '';
  return `Summary (${RULE_NAME[rule]}): ${timed} from ${a.totals.timedMinutes} timed minutes${list}`;
}

/** Render segments, the minute ledger, the missing elements and flags as plain text. */
export function formatTable(a: Analysis, rule: Rule): string {
  const out: string[] = [];
  const line = a.codes.find((c) => c.code === a.suggested);
  const units = line ? ` — ${plural(line.units[rule], 'unit')} (${RULE_NAME[rule]})` : '';
  const suggested = a.suggested ? `${a.suggested} ${CODE_NAMES[a.suggested]}${units}` : '— (nothing billable found)';
  out.push(`Suggested (${rule.toUpperCase()}): ${suggested}`);
  out.push('');
  out.push('Interventions');
  const shown = a.segments.map((s, i) => [s, i] as const).filter(([s]) => s.code !== null || s.status !== 'other');
  if (shown.length === 0) out.push('  (none recognised)');
  for (const [s, i] of shown) {
    const code = s.code ?? '-----';
    const mins = s.minutes === null ? '   ' : padLeft(String(s.minutes), 3);
    out.push(`  #${pad(String(i), 3)} ${code}  ${pad(s.status, 9)} ${mins} min  ${oneLine(s.text, 64)}`);
  }
  out.push('', ...ledger(a), '', ...checklist(a));
  if (a.flags.length > 0) {
    out.push('', 'Flags');
    for (const f of a.flags) {
      const where = f.segments.length > 0 ? ` (#${f.segments.join(', #')})` : '';
      out.push(`  [${f.severity}] ${f.id}: ${f.message}${where}`);
    }
  }
  out.push('', summaryLine(a, rule));
  out.push(`ruleset ${a.rulesetVersion}  ${a.noteHash}`);
  return out.join('\n');
}
