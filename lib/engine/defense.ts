/**
 * The plain-text "defense summary" a coder attaches to an appeal and the sidebar's "Copy summary"
 * puts on the clipboard: codes, minutes, units under both rules, quoted evidence, rule, ruleset
 * version, note hash. Pure and dateless: the caller adds a date if it wants one.
 */
import type { Analysis, Segment } from '../contracts/analysis';
import { CODE_NAMES } from '../contracts/codes';

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
export function defenseSummary(analysis: Analysis, text: string, rule: SummaryRule): string {
  const ruleLine =
    rule === 'both'
      ? `Unit rules: ${RULE_NAMES.cms} and ${RULE_NAMES.ama}`
      : `Unit rule: ${RULE_NAMES[rule]}; ${rule === 'cms' ? 'AMA' : 'CMS'} shown in parentheses`;
  const out: string[] = [
    'TheraCode defense summary',
    ruleLine,
    `Ruleset: ${analysis.rulesetVersion}`,
    `Note: ${analysis.noteHash}`,
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

/** One supporting intervention: its words from the note, the evidence phrases, the engine's reason. */
function segmentLines(s: Segment, text: string): string[] {
  // Offsets index the analysed text; if the caller passed another text, fall back to the segment's own.
  const matches = text.slice(s.start, s.end) === s.text;
  const lines = [
    `  - "${quote(matches ? text.slice(s.start, s.end) : s.text)}"${s.minutes === null ? '' : ` (${s.minutes} min)`}`,
  ];
  const words = s.evidence
    .map((e) => ({ kind: e.kind, words: matches ? text.slice(e.start, e.end) : '' }))
    .filter((e) => e.words.trim() !== '')
    .map((e) => `"${quote(e.words)}" (${e.kind})`);
  const unique = [...new Set(words)];
  if (unique.length > 0) lines.push(`    Evidence: ${unique.join(', ')}`);
  if (s.why.trim() !== '') lines.push(`    Why: ${s.why.trim()}`);
  return lines;
}

function quote(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}
