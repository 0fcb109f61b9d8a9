/**
 * The plain-text "defense summary" a coder attaches to an appeal and the sidebar's "Copy summary"
 * puts on the clipboard: codes, minutes, units, quoted evidence, rule, ruleset version, note hash.
 * STUB — issue #7 fills it in.
 */
import type { Analysis } from '../contracts/analysis';

export type UnitRule = 'cms' | 'ama';

/** Plain text justification of the analysis of `text` under `rule`. */
export function defenseSummary(analysis: Analysis, _text: string, rule: UnitRule): string {
  const lines = analysis.codes.map(
    (c) => `${c.code}: ${c.minutes ?? '—'} min, ${c.units[rule]} unit(s) (${rule.toUpperCase()})`,
  );
  return [...lines, `ruleset ${analysis.rulesetVersion}`, analysis.noteHash].join('\n');
}
