/**
 * Units the note itself writes ("97530 x3", "97110 x 2 units", "TE 2u", "US x1 unit",
 * "Total units: 4"). The engine bills from minutes, so written units are only checked against them.
 */
import { CODES, type Code } from '../contracts/codes';
import { UNIT_ALIASES } from './flag-rules';
import { pattern } from './pattern';

/** One written unit count, with where it is and whether its line also states minutes. */
export interface UnitMention {
  start: number;
  end: number;
  raw: string;
  /** One of the seven codes, null for another service (a modality, 97035 …), 'total' for a note total. */
  code: Code | null | 'total';
  units: number;
  lineHasMinutes: boolean;
}

const MINUTES_ON_LINE = pattern({
  id: 'units.line-minutes',
  re: /\d+\s*(?:min\b|mins\b|minutes\b|')|\b\d{1,2}:\d{2}\s*(?:-|–|to)\s*\d{1,2}:\d{2}/i,
  examples: { positive: ['97110 x2 units, 25 min', 'TA 10:05-10:20 1 unit'], negative: ['97110 x2 units'] },
}).re;
const UNIT_WORD = String.raw`(?:[x×]\s*)?(?<![\d.])(\d{1,2})\s*(?:units?|u)\b`;
// "97530 x3": a bare multiplier right after a CPT number means units; after a name it would be reps.
const CPT_BARE = pattern({
  id: 'units.cpt-times',
  re: /\b(97\d{3})\s*[:-]?\s*[x×]\s*(\d{1,2})\b(?!\s*(?:min|mins|minutes|'|sec|s\b|reps|ft|units?|u\b))/gi,
  examples: { positive: ['97530 x3'], negative: ['97530 x 12 min'] },
}).re;
const CPT_UNITS = pattern({
  id: 'units.cpt-units',
  re: new RegExp(String.raw`\b(97\d{3})\b[^\n;]{0,40}?${UNIT_WORD}`, 'gi'),
  examples: { positive: ['97110 ther ex 2 units'], negative: ['97110 ther ex 2 sets'] },
}).re;
const TOTAL_UNITS = pattern({
  id: 'units.total',
  re: /\b(?:total\s+(?:timed\s+)?units|units\s+billed)\s*[:=-]?\s*(\d{1,2})\b/gi,
  examples: { positive: ['Total units: 4', 'units billed 3'], negative: ['Total minutes: 40'] },
}).re;
const ALIAS_UNITS = UNIT_ALIASES.map((a) => ({
  code: a.code,
  re: new RegExp(String.raw`${a.re.source}[^\n;]{0,40}?${UNIT_WORD}`, 'gi'),
}));

const asCode = (s: string): Code | null => ((CODES as readonly string[]).includes(s) ? (s as Code) : null);

// Cheap test for a line that could hold a unit count; the full patterns run only on those lines.
const MAYBE_UNITS = pattern({
  id: 'units.maybe',
  re: /\d\s*(?:units?|u)\b|\b97\d{3}\s*[:-]?\s*[x×]|\bunits\b/i,
  examples: { positive: ['TE 2u', '97530 x2'], negative: ['SLR 3x10'] },
}).re;

/** Every unit count written in the note, earliest first; one mention per place. */
export function unitMentions(text: string): UnitMention[] {
  const found: UnitMention[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (MAYBE_UNITS.test(line)) found.push(...mentionsInLine(line, lineStart));
    lineStart += line.length + 1;
  }
  return found;
}

function mentionsInLine(line: string, offset: number): UnitMention[] {
  const found: UnitMention[] = [];
  const lineHasMinutes = MINUTES_ON_LINE.test(line);
  const add = (m: RegExpMatchArray, code: UnitMention['code'], units: string | undefined) => {
    const start = offset + (m.index ?? 0);
    if (found.some((f) => start < f.end && f.start < start + m[0].length)) return;
    found.push({ start, end: start + m[0].length, raw: m[0].trim(), code, units: Number(units), lineHasMinutes });
  };
  for (const m of line.matchAll(TOTAL_UNITS)) add(m, 'total', m[1]);
  for (const m of line.matchAll(CPT_BARE)) add(m, asCode(m[1] as string), m[2]);
  for (const m of line.matchAll(CPT_UNITS)) add(m, asCode(m[1] as string), m[2]);
  for (const a of ALIAS_UNITS) for (const m of line.matchAll(a.re)) add(m, a.code, m[1]);
  return found.sort((a, b) => a.start - b.start);
}
