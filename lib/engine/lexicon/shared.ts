/** Code-neutral rules, one file per role: cues, negation/plan, history/other, untimed services, scope words. */
import { CUE_RULES } from './cues';
import { HISTORY_OTHER_RULES } from './history-other';
import { NEGATION_PLAN_RULES } from './negation-plan';
import { SCOPE_RULES } from './scope';
import type { Rule } from './types';
import { UNTIMED_RULES } from './untimed';

/** Every code-neutral rule. */
export const SHARED_RULES: readonly Rule[] = [
  ...CUE_RULES,
  ...NEGATION_PLAN_RULES,
  ...HISTORY_OTHER_RULES,
  ...UNTIMED_RULES,
  ...SCOPE_RULES,
];
