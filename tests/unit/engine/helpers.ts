/** Test helpers: analyse a note, validate it against the contract, and find the segment holding a phrase. */
import { type Analysis, AnalysisSchema, type Segment } from '../../../lib/contracts/analysis';
import { analyze, type EngineOptions } from '../../../lib/engine';

/** Analyse and check the result against the Analysis schema. */
export function run(text: string, options?: EngineOptions): Analysis {
  return AnalysisSchema.parse(analyze(text, options));
}

/** The segment whose text contains `phrase` (throws when none does). */
export function seg(a: Analysis, phrase: string): Segment {
  const s = a.segments.find((x) => x.text.includes(phrase));
  if (!s)
    throw new Error(`no segment contains ${JSON.stringify(phrase)}: ${a.segments.map((x) => x.text).join(' | ')}`);
  return s;
}

/** The only (or first) segment of a one-statement note. */
export function one(text: string, options?: EngineOptions): Segment {
  const s = run(text, options).segments[0];
  if (!s) throw new Error(`no segment in ${JSON.stringify(text)}`);
  return s;
}

/** Each code's minutes in a note's ledger ({ '97110': 15, … }). */
export function ledger(text: string): Record<string, number | null> {
  return Object.fromEntries(run(text).codes.map((c) => [c.code, c.minutes] as const));
}
