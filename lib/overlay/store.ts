/** The sidebar's state in the top frame: a tiny observable so Preact and the message listener share it. */
import type { Analysis } from '../contracts/analysis';
import type { PayerClass } from '../contracts/settings';
import type { RuleInputs } from '../settings/payer';

export type SidebarStatus = 'idle' | 'analysing' | 'ready' | 'error';

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
  /** Codes with lower confidence are shown as uncertain. */
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
  uncertainBelow: 0.6,
};

export interface SidebarState {
  prefs: SidebarPrefs;
  status: SidebarStatus;
  analysis: Analysis | null;
  /** The analysed text (memory only) for evidence snippets. */
  text: string;
  fieldId: string | null;
  frameId: number | null;
  error: string | null;
}

export const initialSidebarState: SidebarState = {
  prefs: defaultSidebarPrefs,
  status: 'idle',
  analysis: null,
  text: '',
  fieldId: null,
  frameId: null,
  error: null,
};

/** A minimal store: get, set (shallow merge), subscribe. */
export function createStore<T extends object>(initial: T) {
  let state = initial;
  const listeners = new Set<(s: T) => void>();
  return {
    get: () => state,
    set(patch: Partial<T>) {
      state = { ...state, ...patch };
      for (const l of listeners) l(state);
    },
    subscribe(fn: (s: T) => void) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

export type SidebarStore = ReturnType<typeof createStore<SidebarState>>;

/** The sidebar state for a delivered analysis: an empty or blank note is idle, not an error. */
export function stateForAnalysis(
  msg: {
    analysis: Analysis;
    text: string;
    fieldId: string;
    frameId: number;
  },
  prefs: SidebarPrefs = defaultSidebarPrefs,
): SidebarState {
  const blank = msg.text.trim().length === 0;
  return {
    prefs,
    status: blank ? 'idle' : 'ready',
    analysis: blank ? null : msg.analysis,
    text: msg.text,
    fieldId: msg.fieldId,
    frameId: msg.frameId,
    error: null,
  };
}
