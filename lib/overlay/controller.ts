/**
 * The top frame's side of the protocol: turn background messages into sidebar state, mount the
 * sidebar on the first note, collapse/expand on toggle. No `browser` here: the UI handle is handed in.
 */
import type { ContentMessage } from '../contracts/messages';
import type { HandlerMap } from '../messaging/receive';
import type { LayoutStore } from './layout';
import { initialSidebarState, type SidebarStore, stateForAnalysis } from './store';

/** Show "Analysing…" only when a result takes longer than this, so fast results do not flicker. */
export const ANALYSING_DELAY_MS = 150;

/** The sidebar UI handle (WXT's shadow-root UI with the remount guard satisfies it). */
export interface SidebarUiHandle {
  readonly mounted: unknown;
  mount: () => void;
  /** Put back a sidebar the page deleted, within the remount budget; true when it is in the page. */
  restore?: () => boolean;
}

// Highlighting and review requests are answered by the frame's own handlers, not the sidebar's.
type SidebarMessages = Exclude<ContentMessage, { type: 'highlightField' | 'reviewSelection' | 'reviewPage' }>;

/** Handlers for the messages the top frame's sidebar acts on. */
export function createSidebarHandlers(
  store: SidebarStore,
  layout: LayoutStore,
  ui: SidebarUiHandle,
  onFirstMount: () => Promise<void>,
): HandlerMap<SidebarMessages> {
  let analysingTimer: ReturnType<typeof setTimeout> | undefined;
  let mounting: Promise<void> | null = null;
  const ensureMounted = async () => {
    if (ui.mounted) {
      ui.restore?.(); // the page may have deleted it since (the guard's observer may have spent its budget)
      return;
    }
    mounting ??= onFirstMount().then(() => {
      if (!ui.mounted) ui.mount();
    });
    await mounting;
  };
  return {
    analysisStarted: () => {
      if (analysingTimer !== undefined) clearTimeout(analysingTimer);
      analysingTimer = setTimeout(() => {
        analysingTimer = undefined;
        store.set({ status: 'analysing' });
      }, ANALYSING_DELAY_MS);
      return { ok: true };
    },
    analysisReady: async (msg) => {
      if (analysingTimer !== undefined) clearTimeout(analysingTimer);
      analysingTimer = undefined;
      store.set(stateForAnalysis(msg, store.get().prefs));
      await ensureMounted();
      return { ok: true };
    },
    analysisCleared: () => {
      store.set({ ...initialSidebarState, prefs: store.get().prefs });
      return { ok: true };
    },
    // Another engineer wires effective settings into prefs (issue #6); nothing to do here yet.
    settingsChanged: () => ({ ok: true }),
    toggleSidebar: async () => {
      if (!ui.mounted) {
        await ensureMounted();
        layout.update({ collapsed: false });
      } else layout.update({ collapsed: !layout.get().collapsed });
      return { ok: true };
    },
  };
}
