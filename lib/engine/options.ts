/** Options the engine accepts; everything optional so `analyze(text)` just works. */
import type { Code } from '../contracts/codes';

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
}
