/** CSV format: one row per note with readable columns (one value per cell), opens in Excel. */
import { CODES } from '../../contracts/codes';
import { toCsv } from '../csv';
import { type AuditReport, LOOK_SCORE_RULE, type NoteReport } from './report';

type Cell = string | number | null;

/** The notes table shared by the CSV report and the xlsx "notes" sheet: header row, then one row per note. */
export function noteRows(r: AuditReport): Cell[][] {
  const rule = r.summary.rule.toUpperCase();
  const header = [
    'file',
    'date_of_service',
    'therapist',
    'patient',
    'suggested_code',
    'timed_minutes',
    'cms_units',
    'ama_units',
    ...CODES.flatMap((c) => [`${c} minutes`, `${c} CMS units`, `${c} AMA units`]),
    'missing_count',
    'missing',
    'warnings',
    'flags',
    'billed',
    `billed_units`,
    `supported_units (${rule})`,
    'billed_issues',
    'copy_forward_of',
    'copy_forward_similarity',
    `look_score (${LOOK_SCORE_RULE})`,
  ];
  const copyOf = new Map(r.summary.copyForward.map((p) => [p.later, p]));
  const rows = r.notes.map((n: NoteReport) => {
    const a = n.analysis;
    const perCode = CODES.flatMap((code) => {
      const c = a.codes.find((x) => x.code === code);
      return c ? [c.minutes, c.units.cms, c.units.ama] : [null, null, null];
    });
    const issues = [
      ...(n.billedCheck?.errors.map((e) => `unreadable: ${e.message}`) ?? []),
      ...(n.billedCheck?.results.filter((x) => x.status !== 'ok').map((x) => `${x.code} ${x.status}: ${x.message}`) ??
        []),
    ];
    const billedUnits = n.billedCheck ? n.billedCheck.lines.reduce((t, l) => t + l.units, 0) : null;
    const ruleKey = r.summary.rule;
    const supported = n.billedCheck ? a.codes.reduce((t, c) => t + (c.timed ? c.units[ruleKey] : 1), 0) : null;
    const copy = copyOf.get(n.file);
    return [
      n.file,
      n.date,
      n.therapist,
      n.patient,
      a.suggested,
      a.totals.timedMinutes,
      a.totals.units.cms,
      a.totals.units.ama,
      ...perCode,
      a.missing.length,
      a.missing.map((m) => `${m.code} ${m.element}`).join('; '),
      a.flags.filter((f) => f.severity === 'warning').length,
      a.flags.map((f) => f.id).join('; '),
      n.billedCheck?.billed ?? null,
      billedUnits,
      supported,
      issues.join(' | '),
      copy?.earlier ?? null,
      copy?.similarity ?? null,
      n.score,
    ];
  });
  return [header, ...rows];
}

/**
 * The report as RFC 4180 CSV, one row per analysed note. Skipped files are not rows (a row per
 * note is what a spreadsheet sums over): they go to stderr, and with --out to the sibling
 * `<out>.skipped.csv` (see formatSkippedCsv).
 */
export function formatAuditCsv(r: AuditReport): string {
  return toCsv(noteRows(r));
}

/** The skipped files as CSV (`file,reason`), header only when nothing was skipped. */
export function formatSkippedCsv(r: AuditReport): string {
  return toCsv([['file', 'reason'], ...r.skipped.map((k) => [k.file, k.reason])]);
}

/** Where --out's skipped list goes: `report.csv` → `report.skipped.csv` (any other name gets `.skipped.csv` added). */
export function skippedCsvPath(out: string): string {
  return `${out.replace(/\.csv$/i, '')}.skipped.csv`;
}
