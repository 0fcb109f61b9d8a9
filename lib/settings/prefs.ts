/** Derives what the sidebar and the engine need from effective settings. */
import type { EffectiveValues, PayerClass } from '../contracts/settings';
import type { EngineOptions } from '../engine/options';
import { type RuleInputs, resolveUnitRule } from './payer';

/** Display preferences the sidebar follows; filled from effective settings (user ← policy). */
export interface SidebarPrefs {
  /** Which unit rule leads; 'both' shows CMS and AMA side by side. Resolved from `ruleInputs` and `payer`. */
  rule: 'cms' | 'ama' | 'both';
  /** What decides `rule`: the settings' unit rule, whether policy locked it, the policy's rule per payer. */
  ruleInputs: RuleInputs;
  /** The payer class picked in the sidebar header for this site (null: not set). */
  payer: PayerClass | null;
  side: 'right' | 'left';
  /** Managed policy set the side: a per-site "move" choice does not apply and the control is hidden. */
  sideLocked: boolean;
  theme: 'system' | 'light' | 'dark';
  /** Organization name from managed policy, shown in the header. */
  orgName: string | null;
  /** Policy can disable the copy button. */
  copyDisabled: boolean;
  /** Open automatically when a note field is in use, or only on demand. */
  autoOpen: boolean;
  /** Codes shown below this many percent sure are marked uncertain (0–100, as in settings). */
  uncertainBelow: number;
}

export const defaultSidebarPrefs: SidebarPrefs = {
  rule: 'cms',
  ruleInputs: { unitRule: 'cms', unitRuleLocked: false, ruleByPayer: {} },
  payer: null,
  side: 'right',
  sideLocked: false,
  theme: 'system',
  orgName: null,
  copyDisabled: false,
  autoOpen: true,
  uncertainBelow: 60,
};

/**
 * Sidebar display preferences from effective settings, the keys policy locked and this site's
 * payer class (the rule in force follows ruleByPayer for that payer).
 */
export function sidebarPrefs(
  values: EffectiveValues,
  lockedKeys: readonly string[] = [],
  payer: PayerClass | null = null,
): SidebarPrefs {
  const ruleInputs = {
    unitRule: values.unitRule,
    unitRuleLocked: lockedKeys.includes('unitRule'),
    ruleByPayer: values.ruleByPayer,
  };
  return {
    rule: resolveUnitRule(ruleInputs, payer).rule,
    ruleInputs,
    payer,
    side: values.sidebarSide,
    sideLocked: lockedKeys.includes('sidebarSide'),
    theme: values.theme,
    orgName: values.orgName,
    copyDisabled: values.disableCopy,
    autoOpen: values.autoOpen,
    uncertainBelow: values.uncertainBelow,
  };
}

/** The same prefs with another payer class picked (the rule in force re-resolved). */
export function withPayer(prefs: SidebarPrefs, payer: PayerClass | null): SidebarPrefs {
  return { ...prefs, payer, rule: resolveUnitRule(prefs.ruleInputs, payer).rule };
}

/** Engine options from effective settings; discipline 'detect' leaves the engine to work it out. */
export function engineOptions(values: EffectiveValues): EngineOptions {
  return {
    enabledCodes: values.enabledCodes,
    vocabulary: values.vocabulary,
    ignoreTerms: values.ignoreTerms,
    ...(values.discipline === 'detect' ? {} : { discipline: values.discipline }),
  };
}
