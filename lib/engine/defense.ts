/**
 * The plain-text "defense summary" a coder attaches to an appeal and the sidebar's "Copy summary"
 * puts on the clipboard: date of service and therapist as the note states them (else a blank to
 * fill), the billed lines with their modifiers, codes, minutes, units under both rules, the decisive
 * phrases as evidence, rule, ruleset version, note hash. Pure: no clock, the note's own date only.
 */
import type { Analysis, Segment } from '../contracts/analysis';
import { CODE_NAMES } from '../contracts/codes';
import { parseBilledLines } from './billed-parse';
import { dateOfService, therapistOf } from './note-header';

/** What the summary quotes besides the analysis: the claim lines as the coder entered them. */
export interface DefenseExtras {
  billed?: string;
}

const BLANK = '____________________';

/** Which unit rule to report under: CMS 8-minute rule or AMA midpoint rule. */
export type UnitRule = 'cms' | 'ama';
/** A summary's rule: one rule leading (the other in parentheses), or both side by side. */
export type SummaryRule = UnitRule | 'both';

const RULE_NAMES: Record<UnitRule, string> = {
  cms: 'CMS 8-minute rule (total timed minutes pooled)',
  ama: 'AMA/CPT midpoint rule (per code)',
};
const MAX_QUOTE = 240;

/** "2 unit(s) CMS (AMA: 1)", or with 'both' "2 unit(s) CMS, 1 unit(s) AMA": no rule silently dropped. */
function unitsText(units: { cms: number; ama: number }, rule: SummaryRule, suffix: string): string {
  if (rule === 'both') return `${units.cms}${suffix} CMS, ${units.ama}${suffix} AMA`;
  const other: UnitRule = rule === 'cms' ? 'ama' : 'cms';
  return `${units[rule]}${suffix} ${rule.toUpperCase()} (${other.toUpperCase()}: ${units[other]})`;
}

/** Plain text justification of the analysis of `text` under `rule` (the other rule in parentheses, or both). */
export function defenseSummary(
  analysis: Analysis,
  text: string,
  rule: SummaryRule,
  extras: DefenseExtras = {},
): string {
  const ruleLine =
    rule === 'both'
      ? `Unit rules: ${RULE_NAMES.cms} and ${RULE_NAMES.ama}`
      : `Unit rule: ${RULE_NAMES[rule]}; ${rule === 'cms' ? 'AMA' : 'CMS'} shown in parentheses`;
  const out: string[] = [
    'TheraCode defense summary',
    ruleLine,
    `Ruleset: ${analysis.rulesetVersion}`,
    `Note: ${analysis.noteHash}`,
    `Date of service: ${dateOfService(text) ?? BLANK}`,
    `Therapist/credentials: ${therapistOf(text) ?? BLANK}`,
    ...billedLines(extras.billed ?? ''),
    '',
  ];
  if (analysis.codes.length === 0) out.push('No billable intervention was found in this note.', '');
  for (const c of analysis.codes) {
    const minutes = c.minutes === null ? 'minutes not stated' : `${c.minutes} min`;
    const units = c.timed ? unitsText(c.units, rule, ' unit(s)') : 'untimed: 1 unit per session under either rule';
    out.push(`${c.code} ${CODE_NAMES[c.code]}: ${minutes}, ${units}`);
    const supporting = analysis.segments.filter((s) => s.status === 'performed' && s.code === c.code);
    for (const s of supporting) out.push(...segmentLines(s, text));
    out.push('');
  }
  const t = analysis.totals;
  out.push(
    `Total timed minutes: ${t.timedMinutes}${t.statedTimedMinutes === null ? '' : ` (note states ${t.statedTimedMinutes})`}`,
    `Total timed units: ${unitsText(t.units, rule, '')}`,
  );
  if (analysis.flags.length > 0) {
    out.push('', 'Flags:');
    for (const f of analysis.flags) out.push(`  [${f.severity}] ${f.message} (${f.id})`);
  }
  return out.join('\n');
}

/** "Billed: 97530 x2 GP; 97110 x1 GP 59" when the coder entered a claim (lines it could not read are left out). */
function billedLines(input: string): string[] {
  const { lines } = parseBilledLines(input);
  if (lines.length === 0) return [];
  const each = lines.map((l) => `${l.code} x${l.units}${l.modifiers.length > 0 ? ` ${l.modifiers.join(' ')}` : ''}`);
  return [`Billed: ${each.join('; ')}`];
}

/** One supporting intervention: its words from the note, the decisive phrases, the engine's reason. */
function segmentLines(s: Segment, text: string): string[] {
  // Offsets index the analysed text; if the caller passed another text, fall back to the segment's own.
  const matches = text.slice(s.start, s.end) === s.text;
  const lines = [
    `  - "${quote(matches ? text.slice(s.start, s.end) : s.text)}"${s.minutes === null ? '' : ` (${s.minutes} min)`}`,
  ];
  const phrases = matches ? evidencePhrases(text, s) : [];
  if (phrases.length > 0) lines.push(`    Evidence: ${phrases.map((p) => `"${quote(p)}"`).join(', ')}`);
  if (s.why.trim() !== '') lines.push(`    Why: ${s.why.trim()}`);
  return lines;
}

/** Words around an evidence hit that make it a phrase, at most this many on each side. */
const PHRASE_REACH = 4;
/** A phrase is the clause around a hit: these end one. */
const CLAUSE_END = /[.;:!?()\n\r]|,\s/;

/**
 * The decisive phrases of a segment: each evidence hit widened to its clause (at most
 * PHRASE_REACH words each side), hits in one clause shown once, and never a lone word — a hit
 * like "for" or "floor" only counts inside the words that make it purpose or activity.
 */
export function evidencePhrases(text: string, s: Pick<Segment, 'start' | 'end' | 'evidence'>): string[] {
  const out: string[] = [];
  for (const e of [...s.evidence].sort((a, b) => a.start - b.start)) {
    if (e.start < s.start || e.end > s.end || e.end <= e.start) continue;
    const phrase = clauseAround(text, s.start, s.end, e.start, e.end);
    if (phrase.split(/\s+/).length < 2) continue;
    const seen = out.findIndex((p) => p.includes(phrase) || phrase.includes(p));
    if (seen === -1) out.push(phrase);
    else if (phrase.length > (out[seen] as string).length) out[seen] = phrase;
  }
  return out;
}

/** The clause of [from, to) holding [start, end): bounded by punctuation and PHRASE_REACH words each side. */
function clauseAround(text: string, from: number, to: number, start: number, end: number): string {
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const cut = before.split(CLAUSE_END);
  const left = (cut[cut.length - 1] ?? '').split(/\s+/);
  const right = (after.split(CLAUSE_END)[0] ?? '').split(/\s+/);
  // a hit that starts or ends inside a word ("Car" of "Cart") takes the whole word
  const leftWords = left.slice(-PHRASE_REACH - 1).join(' ');
  const rightWords = right.slice(0, PHRASE_REACH + 1).join(' ');
  return `${leftWords}${text.slice(start, end)}${rightWords}`.replace(/\s+/g, ' ').trim();
}
function quote(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}
