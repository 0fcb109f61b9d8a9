/** The sidebar page's state: a tiny observable so Preact and the background's port share it. */

import type { PayerClass } from '../../contracts/settings';
import type { AnalysisView } from '../../contracts/sidebar-port';
import type { PagePayer } from '../../settings/payer-page';
import { defaultSidebarPrefs, type SidebarPrefs } from '../../settings/prefs';

export { defaultSidebarPrefs, type SidebarPrefs };

export type SidebarStatus = 'idle' | 'analysing' | 'ready' | 'error';

export interface SidebarState {
  prefs: SidebarPrefs;
  status: SidebarStatus;
  /** What the worker sent: the analysis, or for a long note a partial view of it (contracts/sidebar-port.ts). */
  analysis: AnalysisView | null;
  /** The analysed text (memory only) for evidence snippets. */
  text: string;
  fieldId: string | null;
  frameId: number | null;
  /** The host of the frame holding the note when it is not the top page's host (named in the header). */
  frameHost: string | null;
  error: string | null;
  /** The payer class picked in this tab's sidebar (null: none picked). */
  payerChoice: PayerClass | null;
  /** The payer the page shows, where policy says where to read it. */
  pagePayer: PagePayer | null;
}

export const initialSidebarState: SidebarState = {
  prefs: defaultSidebarPrefs,
  status: 'idle',
  analysis: null,
  text: '',
  fieldId: null,
  frameId: null,
  frameHost: null,
  error: null,
  payerChoice: null,
  pagePayer: null,
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
    analysis: AnalysisView;
    text: string;
    fieldId: string;
    frameId: number;
    frameHost?: string | null;
  },
  prefs: SidebarPrefs = defaultSidebarPrefs,
  payer: Pick<SidebarState, 'payerChoice' | 'pagePayer'> = { payerChoice: null, pagePayer: null },
): SidebarState {
  const blank = msg.text.trim().length === 0;
  return {
    prefs,
    status: blank ? 'idle' : 'ready',
    analysis: blank ? null : msg.analysis,
    text: msg.text,
    fieldId: msg.fieldId,
    frameId: msg.frameId,
    frameHost: msg.frameHost ?? null,
    error: null,
    ...payer,
  };
}
