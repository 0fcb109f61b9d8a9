/** Pure parsers for the options page's free-text fields, with errors a therapist can act on. */
import { CODES, type Code } from '../../contracts/codes';
import { HostPatternSchema } from '../../contracts/settings';

export interface Parsed<T> {
  value: T;
  errors: string[];
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** One host pattern per line; says which lines are not a site name and what to write instead. */
export function parseHostLines(text: string): Parsed<string[]> {
  const value: string[] = [];
  const errors: string[] = [];
  for (const line of lines(text)) {
    // People paste addresses: accept "https://ehr.example/path" by keeping just the host.
    const host = line.replace(/^[a-z]+:\/\//i, '').replace(/[/:?#].*$/, '');
    if (HostPatternSchema.safeParse(host).success) value.push(host.toLowerCase());
    else
      errors.push(`"${line.slice(0, 60)}" is not a site name. Write it like ehr.clinic.example or *.clinic.example.`);
  }
  return { value: [...new Set(value)], errors };
}

/** One "term = code" per line (e.g. "ladder drill = 97112"). */
export function parseVocabulary(text: string): Parsed<{ term: string; code: Code }[]> {
  const value: { term: string; code: Code }[] = [];
  const errors: string[] = [];
  for (const line of lines(text)) {
    const m = /^(.+?)\s*=\s*(\d{5})$/.exec(line);
    const code = m?.[2] as Code | undefined;
    if (!m || !code || !(CODES as readonly string[]).includes(code)) {
      errors.push(`"${line.slice(0, 60)}" should look like "ladder drill = 97112", using one of ${CODES.join(', ')}.`);
    } else if (m[1]!.length > 100) errors.push(`"${m[1]!.slice(0, 30)}…" is longer than 100 characters.`);
    else value.push({ term: m[1]!, code });
  }
  return { value, errors };
}

/** A percentage from 0 to 100 as typed ("70", "70 %"); whole numbers only, so it reads like the sidebar's "70% sure". */
export function parsePercent(text: string): Parsed<number> {
  const t = text.trim().replace(/\s*%$/, '');
  const n = /^\d{1,3}$/.test(t) ? Number(t) : Number.NaN;
  if (n >= 0 && n <= 100) return { value: n, errors: [] };
  return {
    value: 0,
    errors: [`"${text.slice(0, 20)}" is not a percentage. Enter a whole number from 0 to 100, like 60.`],
  };
}

/** One word or phrase per line. */
export function parseTermLines(text: string): Parsed<string[]> {
  const value = lines(text);
  const long = value.filter((t) => t.length > 100);
  return {
    value: value.filter((t) => t.length <= 100),
    errors: long.map((t) => `"${t.slice(0, 30)}…" is longer than 100 characters.`),
  };
}

/** The textarea text for a vocabulary list. */
export function formatVocabulary(v: readonly { term: string; code: Code }[]): string {
  return v.map((e) => `${e.term} = ${e.code}`).join('\n');
}
