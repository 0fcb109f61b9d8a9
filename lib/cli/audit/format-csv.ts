/** CSV format: one row per note, opens in Excel; per-code minutes/CMS/AMA columns plus a compact one. */
import { CODES } from '../../contracts/codes';
import { toCsv } from '../csv';
import { type AuditReport, compactCodes } from './report';

/**
 * The report as RFC 4180 CSV, one row per analysed note. Skipped files are not rows (a row per
 * note is what a spreadsheet sums over): they go to stderr, and with --out to the sibling
 * `<out>.skipped.csv` (see formatSkippedCsv).
 */
export function formatAuditCsv(r: AuditReport): string {
  const header = [
    'file',
    'suggested',
    'timed_minutes',
    'cms_units',
    'ama_units',
    'codes (min/cms/ama)',
    ...CODES.flatMap((c) => [`${c} min`, `${c} cms`, `${c} ama`]),
    'missing_count',
    'missing',
    'warnings',
    'flags',
    'billed',
    'billed_issues',
    'look_score',
  ];
  const rows = r.notes.map((n) => {
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
    return [
      n.file,
      a.suggested,
      a.totals.timedMinutes,
      a.totals.units.cms,
      a.totals.units.ama,
      compactCodes(a),
      ...perCode,
      a.missing.length,
      a.missing.map((m) => `${m.code} ${m.element}`).join('; '),
      a.flags.filter((f) => f.severity === 'warning').length,
      a.flags.map((f) => f.id).join('; '),
      n.billedCheck?.billed ?? null,
      issues.join(' | '),
      n.score,
    ];
  });
  return toCsv([header, ...rows]);
}

/** The skipped files as CSV (`file,reason`), header only when nothing was skipped. */
export function formatSkippedCsv(r: AuditReport): string {
  return toCsv([['file', 'reason'], ...r.skipped.map((k) => [k.file, k.reason])]);
}

/** Where --out's skipped list goes: `report.csv` → `report.skipped.csv` (any other name gets `.skipped.csv` added). */
export function skippedCsvPath(out: string): string {
  return `${out.replace(/\.csv$/i, '')}.skipped.csv`;
}
