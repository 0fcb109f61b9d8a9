/**
 * NCCI procedure-to-procedure pairs (domain.md §6, §12) as one data table, read by both the note
 * flags (flags.ts) and the billed-lines check (billed.ts). A clinic updates the table, not the code:
 * `EngineOptions.ncciPairs` replaces it. Column order is as the cited source lists the pair; whether
 * every pair is active depends on the current quarter's PTP file, hence the quarter on each row.
 */

/** One edit: the two codes, the modifier indicator, where it comes from and the quarter it took effect. */
export interface NcciPair {
  column1: string;
  column2: string;
  /** NCCI modifier indicator: 1 = 59/X{EPSU} may bypass it for a distinct service; 0 = never billed together. */
  modifier: 0 | 1;
  /** Source tag in domain.md's source list. */
  source: string;
  /** The quarter the source says the edit applies from (YYYYQn). */
  quarter: string;
}

/** The flag id of a pair, stable across table updates. */
export const ncciId = (p: NcciPair): `ncci.${string}` => `ncci.${p.column1}-${p.column2}`;

const row = (column1: string, column2: string, source: string, quarter: string): NcciPair => ({
  column1,
  column2,
  modifier: 1,
  source,
  quarter,
});

/** The built-in table: every pair of domain.md §6 and §12. */
export const NCCI_PAIRS: readonly NcciPair[] = [
  row('97140', '97530', '[S8][S7a]', '2020Q1'),
  row('97530', '97116', '[S7c]', '2020Q4'),
  row('97530', '97164', '[S7a][S7c]', '2020Q4'),
  row('97150', '97164', '[S7a][S7c]', '2020Q4'),
  row('97161', '97140', '[S7a][S7c]', '2020Q4'),
  row('97162', '97140', '[S7a][S7c]', '2020Q4'),
  row('97163', '97140', '[S7a][S7c]', '2020Q4'),
  row('97110', '97164', '[S7c]', '2020Q4'),
  row('97112', '97164', '[S7c]', '2020Q4'),
  row('97116', '97164', '[S7c]', '2020Q4'),
  row('97140', '97164', '[S7c]', '2020Q4'),
  row('97150', '97110', '[S7c]', '2020Q4'),
  row('97150', '97112', '[S7c]', '2020Q4'),
  row('97150', '97116', '[S7c]', '2020Q4'),
];

/** The pairs whose two codes are both in `codes`, in table order. */
export function pairsAmong(codes: ReadonlySet<string>, table: readonly NcciPair[] = NCCI_PAIRS): NcciPair[] {
  return table.filter((p) => codes.has(p.column1) && codes.has(p.column2));
}

/** The pairs a code belongs to (either column), for "no NCCI partner" messages. */
export function partnersOf(code: string, table: readonly NcciPair[] = NCCI_PAIRS): string[] {
  const out: string[] = [];
  for (const p of table) {
    if (p.column1 === code) out.push(p.column2);
    else if (p.column2 === code) out.push(p.column1);
  }
  return out;
}

/** Whether a code is an evaluation (untimed; it pairs by service, not by time block). */
export const isEvaluation = (code: string) => /^9716[1-8]$/.test(code);
