/** `theracode audit`: list files, process them on all cores, check billed claims, write the report in one format. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { engineOptions } from '../engine-options';
import { usage } from '../usage';
import { type AuditCommand, parseAuditArgs } from './args';
import { type BilledTable, billedFor, loadBilledTable } from './billed-input';
import { listFiles } from './collect';
import { cpuStats } from './cpu-stats';
import { formatAuditCsv, formatSkippedCsv, skippedCsvPath } from './format-csv';
import { formatAuditHtml } from './format-html';
import { formatAuditDefense, formatAuditTable } from './format-text';
import { processAll } from './pool';
import type { AnalysedNote, Skipped } from './process';
import { progressBar } from './progress';
import { type AuditReport, billedCheckFor, buildReport, type NoteReport } from './report';
import { writeAtomic } from './write-out';

type Progress = ReturnType<typeof progressBar>;

/** Render a report in the chosen format (xlsx is binary: a Buffer). */
export async function renderReport(report: AuditReport, format: AuditCommand['format']): Promise<string | Buffer> {
  if (format === 'csv') return formatAuditCsv(report);
  if (format === 'html') return formatAuditHtml(report);
  if (format === 'defense') return formatAuditDefense(report);
  if (format === 'xlsx') return (await import('./format-xlsx')).formatAuditXlsx(report);
  if (format === 'json') {
    const notes = report.notes.map(({ text: _text, print: _print, ...n }) => n);
    return `${JSON.stringify({ notes, summary: report.summary, skipped: report.skipped }, null, 2)}\n`;
  }
  return formatAuditTable(report);
}

/** The note names a billed.csv row may use: path, path in the folder, base name (unless shared), export row id. */
function billedHit(
  table: BilledTable,
  n: AnalysedNote,
  folders: readonly (string | null)[],
  sharedNames: ReadonlySet<string>,
) {
  const root = folders.find((f) => f !== null && !path.relative(f, n.source).startsWith('..')) ?? null;
  const hash = n.file.indexOf('#');
  const id = hash >= 0 ? n.file.slice(hash + 1) : null;
  if (id !== null && table.has(id)) return { key: id, billed: table.get(id) as string };
  return billedFor(table, hash >= 0 ? n.file : n.source, root, sharedNames);
}

/** Audit the notes of a command; the report is built fully before anything is written. */
export async function auditReport(cmd: AuditCommand, progress?: Progress): Promise<AuditReport> {
  const table: BilledTable | null = cmd.billed ? await loadBilledTable(cmd.billed) : null;
  // billed.csv often sits beside the notes: it is an input, not a note.
  const billedPath = cmd.billed ? path.resolve(cmd.billed) : null;
  const listed = await listFiles(cmd.inputs);
  const files = listed.files.filter((f) => path.resolve(f) !== billedPath);
  const processed = await processAll(
    files,
    {
      columns: cmd.columns,
      discipline: cmd.discipline,
      keepText: cmd.format === 'defense',
      // The billed check (checkBilled) reads segments too: modifier 59 needs the distinct blocks.
      keepSegments: cmd.format === 'json' || cmd.format === 'defense' || cmd.billed !== null,
    },
    { jobs: cmd.jobs, timeLimitMs: cmd.timeLimit * 1000, onDone: progress?.tick },
  );
  progress?.done();
  const skipped: Skipped[] = [...listed.skipped];
  const notes: AnalysedNote[] = [];
  for (const p of processed) {
    if ('notes' in p) notes.push(...p.notes);
    else skipped.push(p);
  }
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  const folders = await Promise.all(
    cmd.inputs.map((i) =>
      stat(i)
        .then((s) => (s.isDirectory() ? i : null))
        .catch(() => null),
    ),
  );
  const seen = new Set<string>();
  const sharedNames = new Set<string>();
  for (const n of notes) {
    const base = path.basename(n.file);
    if (seen.has(base)) sharedNames.add(base);
    seen.add(base);
  }
  const used = new Set<string>();
  const discipline = engineOptions(cmd.discipline).discipline;
  const analysed: Omit<NoteReport, 'score'>[] = notes.map((n) => {
    const hit = table ? billedHit(table, n, folders, sharedNames) : null;
    if (hit) used.add(hit.key);
    const { source: _source, ...note } = n;
    return { ...note, ...(hit ? { billedCheck: billedCheckFor(n.analysis, hit.billed, cmd.rule, discipline) } : {}) };
  });
  const orphans = table ? [...table.keys()].filter((k) => !used.has(k)) : [];
  return buildReport(analysed, skipped, cmd.rule, orphans);
}

/** Run `audit` with the arguments after the command name; returns the exit code. */
export async function runAudit(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
  progress: Progress = progressBar(),
): Promise<number> {
  const parsed = parseAuditArgs(argv);
  if (!parsed.ok) return usage(err, parsed.error);
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
  const code = await writeReport(report, cmd, out, err);
  // For the bench (tests/bench/cli.ts): the whole run's CPU time, the report's rendering included.
  if (process.env.THERACODE_STATS === '1') err(`theracode: stats ${cpuStats(report.notes.length)}\n`);
  return code;
}

/** Render the report and print it, or write it (and a CSV's skipped list) to --out; returns the exit code. */
async function writeReport(
  report: AuditReport,
  cmd: AuditCommand,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const content = await renderReport(report, cmd.format);
  if (cmd.out === null) {
    out(content as string);
    return 0;
  }
  // A CSV report has no room for skipped files; its sibling lists them, always written (header
  // only when none) so a stale list from an earlier run never sits beside a new report.
  const files: [string, string | Buffer][] = [[cmd.out, content]];
  if (cmd.format === 'csv') files.push([skippedCsvPath(cmd.out), formatSkippedCsv(report)]);
  for (const [file, data] of files) {
    try {
      await writeAtomic(file, data);
    } catch (e) {
      err(`theracode: ${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  }
  const also = files.length > 1 ? `; skipped list in ${files[1]?.[0]}` : '';
  err(`theracode: wrote ${cmd.out} (${report.notes.length} note(s), ${report.skipped.length} skipped${also})\n`);
  return 0;
}
