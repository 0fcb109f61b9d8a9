/** Every lexicon rule, in one list; the rule ids are stable and versioned with RULESET_VERSION. */
import { RULES_97110 } from './97110';
import { RULES_97112 } from './97112';
import { RULES_97116 } from './97116';
import { RULES_97140 } from './97140';
import { RULES_97150 } from './97150';
import { RULES_97530 } from './97530';
import { RULES_97535 } from './97535';
import { RULES_MODALITIES } from './modalities';
import { SHARED_RULES } from './shared';
import type { Rule } from './types';

export type { Rule, RuleKind, RuleRole } from './types';
export { RULESET_VERSION } from './version';

/** All built-in rules: per-code data files plus the code-neutral ones. */
export const RULES: readonly Rule[] = [
  ...RULES_97530,
  ...RULES_97110,
  ...RULES_97112,
  ...RULES_97535,
  ...RULES_97116,
  ...RULES_97140,
  ...RULES_97150,
  ...SHARED_RULES,
  ...RULES_MODALITIES,
];
