/**
 * Parse what a coder pastes from a claim ("97530 x2, 97110 x1 GP", "97530-GP x 2",
 * "97110 GP 59 2 units", CSV rows "97530,2,GP") into billed lines. Never throws: what it cannot
 * read comes back as an error naming the line, so one typo does not lose the rest of the claim.
 */
import { CODES, type Code } from '../contracts/codes';

/** One billed claim line: a code, its units and its modifiers (upper case, in the order given). */
export interface BilledLine {
  code: Code;
  units: number;
  modifiers: string[];
  /** The text this line was read from, for messages. */
  source: string;
}

/** A piece of input that could not be read as a claim line, and why. */
export interface BilledError {
  line: number;
  input: string;
  message: string;
}

/** The parsed claim: the lines read and the errors for the rest. */
export interface BilledParse {
  lines: BilledLine[];
  errors: BilledError[];
}

// Modifiers a therapy claim line plausibly carries. A closed list so that words pasted with the
// code ("TA", "ex") are ignored as description rather than read as modifiers.
const MODIFIERS = new Set([
  'GP',
  'GO',
  'GN',
  '59',
  'XE',
  'XS',
  'XP',
  'XU',
  'KX',
  'CQ',
  'CO',
  '76',
  '77',
  '25',
  '52',
  '95',
  'GA',
  'GY',
  'GZ',
]);
const KNOWN: ReadonlySet<string> = new Set(CODES);
/** More units than this on one line of one visit is a typo, not a claim. */
const MAX_UNITS = 24;

/** Parse pasted claim lines; see the module comment for the accepted shapes. */
export function parseBilledLines(input: string): BilledParse {
  const lines: BilledLine[] = [];
  const errors: BilledError[] = [];
  input.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const csv = csvRow(line);
    if (csv === 'header') return;
    const items = csv ? [csv] : splitItems(line);
    for (const item of items) {
      const parsed = parseItem(item);
      if ('message' in parsed) errors.push({ line: i + 1, input: item, message: parsed.message });
      else lines.push(parsed);
    }
  });
  return { lines, errors };
}

/** "97530,2,GP" / "97530,2,GP 59" → one item in the free form; a header row → 'header'; else null. */
function csvRow(line: string): string | 'header' | null {
  const cells = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (/^(cpt|code|hcpcs)$/i.test(cells[0] ?? '')) return 'header';
  if (cells.length < 2 || !/^\d{5}$/.test(cells[0] ?? '') || !/^\d{1,2}$/.test(cells[1] ?? '')) return null;
  return `${cells[0]} x${cells[1]} ${cells.slice(2).join(' ')}`.trim();
}

/** Split a free-form line at commas/semicolons and before every further 5-digit code. */
function splitItems(line: string): string[] {
  return line
    .split(/[,;]/)
    .flatMap((part) => part.split(/\s+(?=\d{5}\b)/))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseItem(item: string): BilledLine | { message: string } {
  const m = /^([A-Za-z]\d{4}|\d{4}[A-Za-z]|\d{5})(?!\d)(.*)$/.exec(item);
  if (!m) return { message: `no CPT code found in "${item}" (expected e.g. "97530 x2 GP")` };
  const code = m[1]?.toUpperCase() as string;
  if (!KNOWN.has(code))
    return {
      message: `${code} is not one of the codes TheraCode checks (${CODES.join(', ')}); check it by hand`,
    };
  let rest = (m[2] ?? '').toUpperCase();
  let units: number | null = null;
  // Explicit unit forms first, so "x 2" / "2 units" never read as modifiers or stray numbers.
  const explicit = /(?:^|[\s-])(?:[X×*]\s*(\d+)|(\d+)\s*(?:UNITS?|U)\b|UNITS?\s*[:=]?\s*(\d+))/.exec(rest);
  if (explicit) {
    units = Number(explicit[1] ?? explicit[2] ?? explicit[3]);
    rest = rest.slice(0, explicit.index) + rest.slice(explicit.index + explicit[0].length);
  }
  const modifiers: string[] = [];
  for (const token of rest.split(/[\s\-:/()]+/).filter((t) => t !== '')) {
    if (MODIFIERS.has(token)) {
      if (!modifiers.includes(token)) modifiers.push(token);
    } else if (/^\d+$/.test(token)) {
      if (units !== null) return { message: `"${item}": two unit counts (${units} and ${token})` };
      units = Number(token);
    }
    // Other words are description pasted with the code ("ther act"): ignored on purpose.
  }
  if (units === null) units = 1;
  if (!Number.isInteger(units) || units < 1 || units > MAX_UNITS)
    return { message: `"${item}": ${units} is not a unit count (1–${MAX_UNITS})` };
  return { code: code as Code, units, modifiers, source: item };
}
