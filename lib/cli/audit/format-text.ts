/** The readable (table) and defense formats of an audit report: plain text for a terminal or a file. */
import { CODE_NAMES } from '../../contracts/codes';
import { defenseSummary } from '../../engine';
import { copyForwardLines, worklistLines } from './format-worklist';
import { type AuditReport, type BilledCheck, LOOK_SCORE_RULE, missingText, type NoteReport } from './report';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** Billed check lines, indented, for the text formats. */
export function billedLines(b: BilledCheck, indent = '  '): string[] {
  const out = [`${indent}Billed: ${b.billed.replace(/\s+/g, ' ').trim()}`];
  for (const e of b.errors) out.push(`${indent}  [unreadable] ${e.message}`);
  for (const r of b.results) out.push(`${indent}  ${pad(r.status, 14)} ${r.message}`);
  return out;
}

function noteBlock(n: NoteReport): string[] {
  const a = n.analysis;
  const out = [`== ${n.file}  (suggested ${a.suggested ?? '—'}, look score ${n.score})`];
  if (n.date || n.therapist)
    out.push(`  ${[n.date && `date of service ${n.date}`, n.therapist].filter(Boolean).join(' · ')}`);
  if (a.codes.length === 0) out.push('  no billable intervention recognised');
  for (const c of a.codes)
    out.push(
      `  ${c.code} ${pad(CODE_NAMES[c.code], 38)} ${pad(c.minutes === null ? '—' : `${c.minutes} min`, 8)} CMS ${c.units.cms}  AMA ${c.units.ama}`,
    );
  const t = a.totals;
  out.push(`  ${pad('Total timed', 44)} ${pad(`${t.timedMinutes} min`, 8)} CMS ${t.units.cms}  AMA ${t.units.ama}`);
  for (const m of a.missing) out.push(`  missing  ${m.code} ${pad(m.element, 13)} ${missingText(m)}`);
  for (const f of a.flags) out.push(`  ${f.severity === 'warning' ? 'WARNING' : 'info   '}  ${f.message}`);
  if (n.billedCheck) out.push(...billedLines(n.billedCheck));
  return out;
}

/** The readable report: per note, then the folder summary, then the skipped files. */
export function formatAuditTable(r: AuditReport): string {
  const s = r.summary;
  const out: string[] = [
    `TheraCode audit — ${s.notes} note(s) analysed, ${s.skipped} skipped; unit rule ${s.rule.toUpperCase()}; ruleset ${s.rulesetVersion ?? '—'}`,
    '',
  ];
  for (const n of r.notes) out.push(...noteBlock(n), '');
  out.push('Code mix                                      notes  minutes');
  if (s.codeMix.length === 0) out.push('  (no codes)');
  for (const c of s.codeMix)
    out.push(`  ${c.code} ${pad(CODE_NAMES[c.code], 38)} ${pad(String(c.notes), 6)} ${c.minutes}`);
  out.push('', 'Most frequent missing elements');
  if (s.missing.length === 0) out.push('  (none)');
  for (const m of s.missing) out.push(`  ${pad(`${m.code} ${m.element}`, 24)} ${m.count} note(s)`);
  out.push('', ...copyForwardLines(s), '', ...worklistLines(s));
  out.push('', `Notes that most need a look (look score = ${LOOK_SCORE_RULE})`);
  if (s.needsLook.length === 0) out.push('  (none)');
  for (const l of s.needsLook.slice(0, 10))
    out.push(`  ${pad(String(l.score), 4)} ${l.file}  — ${l.reasons.join(', ')}`);
  if (s.billedWithoutNote.length > 0)
    out.push('', `billed.csv rows with no analysed note: ${s.billedWithoutNote.join(', ')}`);
  out.push('', 'Skipped files');
  if (r.skipped.length === 0) out.push('  (none)');
  for (const k of r.skipped) out.push(`  ${k.file}: ${k.reason}`);
  return `${out.join('\n')}\n`;
}

/** The defense summary of every note, separated, each followed by its billed check when given. */
export function formatAuditDefense(r: AuditReport): string {
  const blocks = r.notes.map((n) => {
    const lines = [`==== ${n.file} ====`, defenseSummary(n.analysis, n.text, r.summary.rule)];
    if (n.billedCheck) lines.push('', ...billedLines(n.billedCheck, ''));
    return lines.join('\n');
  });
  if (r.summary.copyForward.length > 0) blocks.push(copyForwardLines(r.summary).join('\n'));
  if (r.skipped.length > 0)
    blocks.push(['==== skipped ====', ...r.skipped.map((k) => `${k.file}: ${k.reason}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
