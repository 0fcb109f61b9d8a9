/** Where the billed claim comes from: `--billed` text or file for analyze, billed.csv for audit. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv } from '../csv';

/** billed.csv (columns file,billed; header optional) → file name as written → claim text. */
export type BilledTable = Map<string, string>;

/** True for a billed.csv header row (file,billed) — also how a file is told apart from claim lines. */
function isHeader(row: readonly string[]): boolean {
  return /^(file|note|filename)$/i.test(row[0]?.trim() ?? '') && /^billed/i.test(row[1]?.trim() ?? '');
}

/** Parse billed.csv text; rows with fewer than two cells are ignored. */
export function parseBilledTable(text: string): BilledTable {
  const rows = parseCsv(text);
  const table: BilledTable = new Map();
  for (const [i, row] of rows.entries()) {
    if (i === 0 && isHeader(row)) continue;
    const [file, ...rest] = row;
    if (!file || rest.length === 0) continue;
    // An unquoted claim with commas ("a.txt,97530 x2, 97110 x1") spills into more cells: rejoin them.
    table.set(file.trim(), rest.join(',').trim());
  }
  return table;
}

/** Read billed.csv from disk. */
export async function loadBilledTable(file: string): Promise<BilledTable> {
  return parseBilledTable(await readFile(file, 'utf8'));
}

/**
 * The claim text for a note: its path as listed, its path relative to the audited folder, or its base
 * name — unless `sharedNames` says several notes have that base name (then only a path matches).
 */
export function billedFor(
  table: BilledTable,
  file: string,
  root: string | null,
  sharedNames: ReadonlySet<string> = new Set(),
): { key: string; billed: string } | null {
  const slash = (p: string) => p.split(path.sep).join('/');
  const base = path.basename(file);
  const candidates = [slash(file), root ? slash(path.relative(root, file)) : null, sharedNames.has(base) ? null : base];
  for (const key of candidates) {
    const billed = key === null ? undefined : table.get(key);
    if (key !== null && billed !== undefined) return { key, billed };
  }
  return null;
}

/**
 * `analyze --billed X`: X is a file when one exists by that name (claim lines, or a billed.csv
 * table matched to the note by name), otherwise X is the claim itself ("97530 x2, 97110 x1 GP").
 */
export async function resolveBilledArg(arg: string): Promise<{ text: string } | { table: BilledTable }> {
  const isFile = await stat(arg)
    .then((s) => s.isFile())
    .catch(() => false);
  if (!isFile) return { text: arg };
  const content = await readFile(arg, 'utf8');
  const first = parseCsv(content)[0];
  return first && isHeader(first) ? { table: parseBilledTable(content) } : { text: content };
}
