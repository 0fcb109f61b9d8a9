/** Options the engine accepts; everything optional so `analyze(text)` just works. */
import type { Code } from '../contracts/codes';
import { RULES, type Rule } from './lexicon';
import { compile, type Matcher } from './matcher';
import type { NcciPair } from './ncci';
import { asciiLower } from './tokens';

/** A therapy discipline TheraCode's codes are billed under (PT → GP, OT → GO). */
export type Discipline = 'PT' | 'OT';

export interface VocabularyTerm {
  /** Words as the clinic writes them, matched case-insensitively on word boundaries. */
  term: string;
  code: Code;
}

export interface EngineOptions {
  /** Codes the clinic wants suggested; others are not assigned (default: all seven). */
  enabledCodes?: readonly Code[];
  /** Clinic vocabulary: extra activity terms mapped to a code. */
  vocabulary?: readonly VocabularyTerm[];
  /** Words the engine should ignore (e.g. a clinic's template boilerplate). */
  ignoreTerms?: readonly string[];
  /**
   * The note's discipline when the caller knows it (the EHR's PT or OT plan of care): the GP/GO checks
   * use it instead of detecting PT and OT cues in the text. Without it, detection is used.
   */
  discipline?: Discipline;
  /** The clinic's current NCCI pair table, replacing the built-in one (lib/engine/ncci.ts) without a code change. */
  ncciPairs?: readonly NcciPair[];
  /**
   * An offset into the text (the editor's cursor): when the text holds several dated visits, the visit
   * holding it is analysed instead of the last one.
   */
  cursor?: number;
}

const DEFAULT = compile(RULES);
const custom = new Map<string, Matcher>();

/** Clinic terms as activity rules `custom.<term>`, weighted above a single built-in activity word. */
export function vocabularyRules(vocabulary: readonly VocabularyTerm[]): Rule[] {
  return vocabulary
    .filter((v) => /[A-Za-z0-9]/.test(v.term))
    .map((v) => ({
      id: `custom.${v.term.trim().toLowerCase()}`,
      code: v.code,
      kind: 'activity' as const,
      weight: 4,
      terms: [v.term],
      examples: { positive: [], negative: [] },
    }));
}

/** The compiled matcher for a vocabulary (built-in rules alone when there is none); small cache. */
export function matcherFor(vocabulary: readonly VocabularyTerm[] | undefined): Matcher {
  if (!vocabulary || vocabulary.length === 0) return DEFAULT;
  const key = JSON.stringify(vocabulary.map((v) => [v.term, v.code]));
  let m = custom.get(key);
  if (!m) {
    m = compile([...RULES, ...vocabularyRules(vocabulary)]);
    if (custom.size > 16) custom.clear();
    custom.set(key, m);
  }
  return m;
}

/** Blank out ignored terms (whole words, case-insensitive) in the lower-cased text; offsets are kept. */
export function maskIgnored(lower: string, ignore: readonly string[] | undefined): string {
  if (!ignore || ignore.length === 0) return lower;
  let out = lower;
  for (const raw of ignore) {
    const term = asciiLower(raw.trim());
    if (!term) continue;
    for (let i = out.indexOf(term); i >= 0; i = out.indexOf(term, i + term.length)) {
      const before = i === 0 || !/[a-z0-9]/.test(out[i - 1] as string);
      const after = !/[a-z0-9]/.test(out[i + term.length] ?? ' ');
      if (before && after) out = out.slice(0, i) + ' '.repeat(term.length) + out.slice(i + term.length);
    }
  }
  return out;
}
