/** Derives what the sidebar needs from effective settings (the sidebar engineer renders it). */
import type { EffectiveValues } from '../contracts/settings';
import type { EngineOptions } from '../engine/options';
import type { SidebarPrefs } from '../overlay/store';

/** Sidebar display preferences from effective settings. */
export function sidebarPrefs(values: EffectiveValues): SidebarPrefs {
  return {
    rule: values.unitRule,
    side: values.sidebarSide,
    theme: values.theme,
    orgName: values.orgName,
    copyDisabled: values.disableCopy,
    autoOpen: values.autoOpen,
    uncertainBelow: values.uncertainBelow,
  };
}

/** Engine options from effective settings. */
export function engineOptions(values: EffectiveValues): EngineOptions {
  return { enabledCodes: values.enabledCodes, vocabulary: values.vocabulary, ignoreTerms: values.ignoreTerms };
}
