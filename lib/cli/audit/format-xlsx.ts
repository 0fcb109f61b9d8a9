/**
 * xlsx format for the billing office (exceljs): one sheet each for notes, codes, missing elements,
 * flags, billed lines, copy-forward pairs and the worklist totals. Frozen, bold header rows.
 */
import { CODE_NAMES } from '../../contracts/codes';
import { noteRows } from './format-csv';
import { type AuditReport, missingText } from './report';
import { billedVsSupported } from './worklist';

type Cell = string | number | null;

/** The workbook as bytes. */
export async function formatAuditXlsx(r: AuditReport): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'TheraCode';
  const sheet = (name: string, rows: Cell[][]) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c, i) => {
      const longest = Math.max(...rows.map((row) => String(row[i] ?? '').length));
      c.width = Math.min(60, Math.max(8, longest + 2));
    });
  };
  const rule = r.summary.rule;
  sheet('notes', noteRows(r));
  sheet('codes', [
    ['file', 'code', 'name', 'minutes', 'timed', 'CMS units', 'AMA units'],
    ...r.notes.flatMap((n) =>
      n.analysis.codes.map((c) => [
        n.file,
        c.code,
        CODE_NAMES[c.code],
        c.minutes,
        c.timed ? 'yes' : 'no',
        c.units.cms,
        c.units.ama,
      ]),
    ),
  ]);
  sheet('missing', [
    ['file', 'code', 'element', 'message', 'hint'],
    ...r.notes.flatMap((n) => n.analysis.missing.map((m) => [n.file, m.code, m.element, missingText(m), m.hint])),
  ]);
  sheet('flags', [
    ['file', 'flag', 'severity', 'message'],
    ...r.notes.flatMap((n) => n.analysis.flags.map((f) => [n.file, f.id, f.severity, f.message])),
  ]);
  sheet('billed lines', [
    ['file', 'code', 'units billed', `units supported (${rule.toUpperCase()})`, 'result', 'message'],
    ...r.notes.flatMap((n) => {
      if (!n.billedCheck) return [];
      const units = new Map(billedVsSupported(n, rule).map((b) => [b.code, b]));
      return n.billedCheck.results.map((res) => [
        n.file,
        res.code,
        units.get(res.code)?.billed ?? 0,
        units.get(res.code)?.supported ?? 0,
        res.status,
        res.message,
      ]);
    }),
  ]);
  sheet('copy-forward', [
    ['patient', 'note', 'repeats earlier note', 'similarity'],
    ...r.summary.copyForward.map((p) => [p.patient, p.later, p.earlier, p.similarity]),
  ]);
  const w = r.summary.worklist;
  sheet('worklist', [
    ['group', 'therapist or week', 'notes', 'timed minutes', `${rule.toUpperCase()} units`],
    ...w.byTherapist.map((t) => ['therapist', t.key, t.notes, t.timedMinutes, t.units]),
    ...w.byWeek.map((t) => ['week of', t.key, t.notes, t.timedMinutes, t.units]),
    ...(w.billed
      ? [['billed vs supported', 'all codes', w.billed.notes, w.billed.billedUnits, w.billed.supportedUnits]]
      : []),
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
