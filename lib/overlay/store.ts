/** The sidebar's state in the top frame: a tiny observable so Preact and the message listener share it. */
import type { Analysis } from '../contracts/analysis';

export type SidebarStatus = 'idle' | 'analysing' | 'ready' | 'error';

export interface SidebarState {
  status: SidebarStatus;
  analysis: Analysis | null;
  /** The analysed text (memory only) for evidence snippets. */
  text: string;
  fieldId: string | null;
  frameId: number | null;
  error: string | null;
}

export const initialSidebarState: SidebarState = {
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
export function stateForAnalysis(msg: {
  analysis: Analysis;
  text: string;
  fieldId: string;
  frameId: number;
}): SidebarState {
  const blank = msg.text.trim().length === 0;
  return {
    status: blank ? 'idle' : 'ready',
    analysis: blank ? null : msg.analysis,
    text: msg.text,
    fieldId: msg.fieldId,
    frameId: msg.frameId,
    error: null,
  };
}
