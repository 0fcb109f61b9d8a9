/** Derives what the sidebar and the engine need from effective settings. */
import type { EffectiveValues, PayerClass } from '../contracts/settings';
import type { EngineOptions } from '../engine/options';
import type { SidebarPrefs } from '../overlay/store';
import { resolveUnitRule } from './payer';

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
