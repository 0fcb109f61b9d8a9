/**
 * Which unit rule is in force in the sidebar: the settings' unit rule, unless the organization's
 * policy forces a rule for the payer class the therapist picked for this site (`ruleByPayer`).
 * Pure, so the sidebar, the popup and tests share one answer.
 */
import { PAYER_CLASSES, type PayerClass, type RuleByPayer, type UnitRule } from '../contracts/settings';

/** Payer classes in words, in the order the selector lists them. */
export const PAYER_LABELS: Record<PayerClass, string> = {
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  commercial: 'Commercial',
  workersComp: "Workers' comp",
  selfPay: 'Self-pay',
};

/** Unit rules in words. */
export const RULE_LABELS: Record<UnitRule, string> = {
  cms: 'CMS 8-minute rule',
  ama: 'AMA rule',
  both: 'CMS and AMA side by side',
};

/** What decides the rule, from effective settings. */
export interface RuleInputs {
  unitRule: UnitRule;
  /** True when the policy sets `unitRule` (the therapist cannot change it). */
  unitRuleLocked: boolean;
  ruleByPayer: RuleByPayer;
}

/** Who fixed the rule in force: nobody (the therapist's choice), the policy's unitRule, or ruleByPayer. */
export type RuleLock = null | { by: 'policy' } | { by: 'payer'; payer: PayerClass };

export interface RuleInForce {
  rule: UnitRule;
  lock: RuleLock;
}

/**
 * The rule in force. A payer rule is the more specific decision, so it wins over a policy-forced
 * `unitRule`; without a payer (or without a rule for it) the settings' unit rule applies.
 */
export function resolveUnitRule(inputs: RuleInputs, payer: PayerClass | null): RuleInForce {
  const forced = payer ? inputs.ruleByPayer[payer] : undefined;
  if (payer && forced) return { rule: forced, lock: { by: 'payer', payer } };
  return { rule: inputs.unitRule, lock: inputs.unitRuleLocked ? { by: 'policy' } : null };
}

/** "Set by your organization" / "Set by your organization for Medicare"; null when not locked. */
export function lockText(lock: RuleLock): string | null {
  if (!lock) return null;
  return lock.by === 'payer' ? `Set by your organization for ${PAYER_LABELS[lock.payer]}` : 'Set by your organization';
}

/** True when the policy forces a rule for at least one payer class (only then is the selector useful). */
export function hasPayerRules(ruleByPayer: RuleByPayer): boolean {
  return PAYER_CLASSES.some((p) => ruleByPayer[p] !== undefined);
}

/** The storage.local key for a site's payer class (hostname only: no paths, no patient ids from URLs). */
export function payerKey(hostname: string): string {
  return `sidebarPayer:${hostname || 'local'}`;
}

/** Parse a stored payer class defensively; anything else is "not set". */
export function parsePayer(raw: unknown): PayerClass | null {
  return typeof raw === 'string' && (PAYER_CLASSES as readonly string[]).includes(raw) ? (raw as PayerClass) : null;
}
