/** `theracode audit`: collect notes, analyse each, check billed claims, write the report in one format. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../../engine';
import { AUDIT_USAGE, type AuditCommand, parseAuditArgs } from './args';
import { type BilledTable, billedFor, loadBilledTable } from './billed-input';
import { collectNotes } from './collect';
import { formatAuditCsv, formatSkippedCsv, skippedCsvPath } from './format-csv';
import { formatAuditHtml } from './format-html';
import { formatAuditDefense, formatAuditTable } from './format-text';
import { progressBar } from './progress';
import { type AuditReport, billedCheckFor, buildReport, type NoteReport } from './report';
import { writeAtomic } from './write-out';

type Progress = ReturnType<typeof progressBar>;

/** Render a report in the chosen format. */
export function renderReport(report: AuditReport, format: AuditCommand['format']): string {
  if (format === 'csv') return formatAuditCsv(report);
  if (format === 'html') return formatAuditHtml(report);
  if (format === 'defense') return formatAuditDefense(report);
  if (format === 'json') {
    const notes = report.notes.map(({ text: _text, ...n }) => n);
    return `${JSON.stringify({ notes, summary: report.summary, skipped: report.skipped }, null, 2)}\n`;
  }
  return formatAuditTable(report);
}

/** Audit the notes of a command; the report is built fully before anything is written. */
export async function auditReport(cmd: AuditCommand, progress?: Progress): Promise<AuditReport> {
  const { notes, skipped } = await collectNotes(cmd.inputs, progress?.tick);
  const table: BilledTable | null = cmd.billed ? await loadBilledTable(cmd.billed) : null;
  const folders = await Promise.all(
    cmd.inputs.map((i) =>
      stat(i)
        .then((s) => (s.isDirectory() ? i : null))
        .catch(() => null),
    ),
  );
  const used = new Set<string>();
  const seen = new Set<string>();
  const sharedNames = new Set<string>();
  for (const n of notes) {
    const base = path.basename(n.file);
    if (seen.has(base)) sharedNames.add(base);
    seen.add(base);
  }
  const analysed: Omit<NoteReport, 'score'>[] = [];
  for (const note of notes) {
    const analysis = analyze(note.text);
    const root = folders.find((f) => f !== null && !path.relative(f, note.file).startsWith('..')) ?? null;
    const hit = table ? billedFor(table, note.file, root, sharedNames) : null;
    if (hit) used.add(hit.key);
    analysed.push({
      file: note.file,
      text: note.text,
      analysis,
      ...(hit ? { billedCheck: billedCheckFor(analysis, hit.billed, cmd.rule) } : {}),
    });
  }
  progress?.done();
  const orphans = table ? [...table.keys()].filter((k) => !used.has(k)) : [];
  // billed.csv often sits beside the notes: it is an input, not a skipped note.
  const billedPath = cmd.billed ? path.resolve(cmd.billed) : null;
  const reallySkipped = skipped.filter((k) => path.resolve(k.file) !== billedPath);
  return buildReport(analysed, reallySkipped, cmd.rule, orphans);
}

/** Run `audit` with the arguments after the command name; returns the exit code. */
export async function runAudit(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
  progress: Progress = progressBar(),
): Promise<number> {
  const parsed = parseAuditArgs(argv);
  if (!parsed.ok) {
    err(`theracode: ${parsed.error}\n${AUDIT_USAGE}\n`);
    return 2;
  }
  const cmd = parsed.value;
  let report: AuditReport;
  try {
    report = await auditReport(cmd, progress);
  } catch (e) {
    err(`theracode: ${cmd.billed ?? 'audit'}: ${(e as Error).message}\n`);
    return 2;
  }
  for (const k of report.skipped) err(`theracode: skipped ${k.file}: ${k.reason}\n`);
  if (report.notes.length === 0) {
    err('theracode: no note could be analysed\n');
    return 2;
  }
  const text = renderReport(report, cmd.format);
  if (cmd.out === null) {
    out(text);
    return 0;
  }
  // A CSV report has no room for skipped files; its sibling lists them, always written (header
  // only when none) so a stale list from an earlier run never sits beside a new report.
  const files: [string, string][] = [[cmd.out, text]];
  if (cmd.format === 'csv') files.push([skippedCsvPath(cmd.out), formatSkippedCsv(report)]);
  for (const [file, content] of files) {
    try {
      await writeAtomic(file, content);
    } catch (e) {
      err(`theracode: ${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  }
  const also = files.length > 1 ? `; skipped list in ${files[1]?.[0]}` : '';
  err(`theracode: wrote ${cmd.out} (${report.notes.length} note(s), ${report.skipped.length} skipped${also})\n`);
  return 0;
}
