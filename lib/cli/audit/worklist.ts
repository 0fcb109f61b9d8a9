/**
 * The coder's worklist totals: notes, timed minutes and units per therapist and per week (date of
 * service → its Monday), and units billed vs supported summed over the notes that have a claim.
 */
import type { Code } from '../../contracts/codes';
import { supportedUnits, type UnitRule } from '../../engine';
import { weekOf } from '../read/note-meta';
import type { NoteReport } from './report';

/** Notes, timed minutes and units under the report's rule for one therapist or one week. */
export interface Totals {
  key: string;
  notes: number;
  timedMinutes: number;
  units: number;
}

/** Billed vs supported units for one code across the batch (notes with a billed claim only). */
export interface BilledVsSupported {
  code: Code;
  billed: number;
  supported: number;
}

/** The worklist part of the audit summary. */
export interface Worklist {
  byTherapist: Totals[];
  byWeek: Totals[];
  /** Per code, then the sum over codes as `total`; null when no note had a billed claim. */
  billed: { notes: number; perCode: BilledVsSupported[]; billedUnits: number; supportedUnits: number } | null;
}

/** What stands for an unknown therapist or date in the totals. */
export const NOT_STATED = '(not stated)';

function totals(notes: readonly NoteReport[], keyOf: (n: NoteReport) => string | null, rule: UnitRule): Totals[] {
  const map = new Map<string, Totals>();
  for (const n of notes) {
    const key = keyOf(n) ?? NOT_STATED;
    const t = map.get(key) ?? { key, notes: 0, timedMinutes: 0, units: 0 };
    t.notes++;
    t.timedMinutes += n.analysis.totals.timedMinutes;
    t.units += n.analysis.totals.units[rule];
    map.set(key, t);
  }
  // Unknowns last, so the named rows read as a list.
  return [...map.values()].sort(
    (a, b) => Number(a.key === NOT_STATED) - Number(b.key === NOT_STATED) || a.key.localeCompare(b.key),
  );
}

/** Units billed (claim lines) and supported (the note's ledger) for one note, per code. */
export function billedVsSupported(n: NoteReport, rule: UnitRule): BilledVsSupported[] {
  if (!n.billedCheck) return [];
  const out = new Map<Code, BilledVsSupported>();
  for (const l of n.billedCheck.lines) {
    const row = out.get(l.code) ?? { code: l.code, billed: 0, supported: 0 };
    row.billed += l.units;
    out.set(l.code, row);
  }
  for (const c of n.analysis.codes) {
    const row = out.get(c.code) ?? { code: c.code, billed: 0, supported: 0 };
    row.supported += supportedUnits(c, rule);
    out.set(c.code, row);
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The worklist totals of a batch. */
export function worklist(notes: readonly NoteReport[], rule: UnitRule): Worklist {
  const claimed = notes.filter((n) => n.billedCheck);
  let billed: Worklist['billed'] = null;
  if (claimed.length > 0) {
    const perCode = new Map<Code, BilledVsSupported>();
    for (const n of claimed)
      for (const r of billedVsSupported(n, rule)) {
        const row = perCode.get(r.code) ?? { code: r.code, billed: 0, supported: 0 };
        row.billed += r.billed;
        row.supported += r.supported;
        perCode.set(r.code, row);
      }
    const rows = [...perCode.values()].sort((a, b) => a.code.localeCompare(b.code));
    billed = {
      notes: claimed.length,
      perCode: rows,
      billedUnits: rows.reduce((t, r) => t + r.billed, 0),
      supportedUnits: rows.reduce((t, r) => t + r.supported, 0),
    };
  }
  return {
    byTherapist: totals(notes, (n) => n.therapist, rule),
    byWeek: totals(notes, (n) => (n.date && /^\d{4}-\d{2}-\d{2}$/.test(n.date) ? weekOf(n.date) : null), rule),
    billed,
  };
}
