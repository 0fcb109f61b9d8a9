/** The shape of a lexicon rule: data, with a stable id, a weight and examples a test runs. */
import type { SegmentStatus } from '../../contracts/analysis';
import type { Code } from '../../contracts/codes';

/** What a rule's hit means to the classifier (`kind` is also the evidence kind). */
export type RuleKind = 'activity' | 'purpose' | 'skill' | 'context';

/**
 * Special roles: `cue` opens a purpose clause; `decisive` fixes the code (group, manual therapy);
 * `label` is a block label ("TA", "Ther ex"); `exercise` marks a plainly non-functional exercise
 * (functional asides do not move it); `walk` is walking (97110 from it gets low confidence);
 * `untimed` is a modality/evaluation (context, never a code); `status` is a ConText trigger;
 * `break` ends a scope; `terminate` ends a negation/plan scope ("completed").
 */
export type RuleRole =
  | 'cue'
  | 'decisive'
  | 'label'
  | 'exercise'
  | 'walk'
  | 'untimed'
  | 'status'
  | 'break'
  | 'terminate';

export interface Rule {
  /** Stable id `<code>.<trigger>` (or `context.*`, `skill.*`, `cue.*`, `custom.*`). */
  id: string;
  /** The code the rule argues for; null for code-neutral rules (cues, context, skill). */
  code: Code | null;
  kind: RuleKind;
  /** Phrases, matched on word tokens (case-insensitive; `-` and `/` separate words); `word*` is a prefix. */
  terms: readonly string[];
  weight: number;
  role?: RuleRole;
  /** For `status` triggers: the status they give and which way their scope runs. */
  status?: SegmentStatus;
  dir?: 'pre' | 'post' | 'both';
  /** For `status` triggers: at most this many words between trigger and intervention ("no balance training"). */
  window?: number;
  /** For attended timed modalities (role `untimed`): their CPT code, whose minutes enter the timed total. */
  modality?: '97035' | '97032' | '97033' | '97113' | '97542' | '97760';
  /** A purpose word that counts only inside a purpose clause (a place or object named anywhere else is not a goal). */
  inScopeOnly?: boolean;
  /** The code this activity stands for when it is the purpose ("step-ups to simulate stairs"). */
  asPurpose?: Code;
  /**
   * A category of care ("strengthening", "band work", "balance activities"): it codes the statement but
   * names no activity a reviewer could match, so the checklist still reports the activity missing.
   */
  generic?: boolean;
  /** The hit is ignored when the previous word is one of these ("muscle group"). */
  notAfter?: readonly string[];
  /** The hit is ignored when the next word is one of these (`#digit`: or a number: "held 30 s", "for 10 min"). */
  notBefore?: readonly string[];
  examples: { positive: readonly string[]; negative: readonly string[] };
}
