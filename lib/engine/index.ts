/** The engine's one public face: `analyze(text) → Analysis`. Pure: no DOM, browser, Node, clock or randomness. */
export { analyze, RULESET_VERSION } from './analyze';
export {
  type BilledError,
  type BilledLine,
  type BilledParse,
  type BilledResult,
  type BilledStatus,
  checkBilled,
  parseBilledLines,
  supportedUnits,
} from './billed';
/** Where the engine cuts a too-long note, so callers can report the same number it analysed. */
export { cutPoint, MAX_CHARS } from './bound';
export { defenseSummary, type SummaryRule, type UnitRule } from './defense';
export type { Rule, RuleKind, RuleRole } from './lexicon';
export { RULES } from './lexicon';
export type { Discipline, EngineOptions, VocabularyTerm } from './options';
/** The dated visits in a text (spans and date labels), so callers can report each visit on its own. */
export { findVisits, type Visit } from './visits';
