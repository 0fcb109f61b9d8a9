/**
 * The sidebar page's side of its port: turn the background's messages into sidebar state. Pure
 * (stores handed in), so tests drive it without a browser.
 */
import type { LayoutState } from '../../contracts/layout';
import type { PayerClass } from '../../contracts/settings';
import type { SidebarPortMessage } from '../../contracts/sidebar-port';
import { withPayer } from '../../settings/prefs';
import { initialSidebarState, type SidebarStore, stateForAnalysis } from './state';

/** Show "Analysing…" only when a result takes longer than this, so fast results do not flicker. */
export const ANALYSING_DELAY_MS = 150;

/** What the receiver updates besides the sidebar state. */
export interface ReceiverTargets {
  store: SidebarStore;
  /** The site's layout as the background stored it. */
  setLayout: (layout: LayoutState) => void;
  /** The site's payer class (kept so a settings change can re-apply it). */
  setPayer: (payer: PayerClass | null) => void;
}

/** A handler for every message the sidebar page accepts on its port. */
export function createSidebarReceiver(t: ReceiverTargets): (msg: SidebarPortMessage) => void {
  let analysingTimer: ReturnType<typeof setTimeout> | undefined;
  const stopTimer = () => {
    if (analysingTimer !== undefined) clearTimeout(analysingTimer);
    analysingTimer = undefined;
  };
  const payer = (p: PayerClass | null) => {
    t.setPayer(p);
    t.store.set({ prefs: withPayer(t.store.get().prefs, p) });
  };
  const handlers: { [K in SidebarPortMessage['type']]: (m: Extract<SidebarPortMessage, { type: K }>) => void } = {
    sidebarInit: (m) => {
      t.setLayout(m.layout);
      payer(m.payer);
    },
    sidebarLayout: (m) => t.setLayout(m.layout),
    sidebarPayer: (m) => payer(m.payer),
    analysisStarted: () => {
      stopTimer();
      analysingTimer = setTimeout(() => {
        analysingTimer = undefined;
        t.store.set({ status: 'analysing' });
      }, ANALYSING_DELAY_MS);
    },
    analysisReady: (m) => {
      stopTimer();
      t.store.set(stateForAnalysis(m, t.store.get().prefs));
    },
    analysisCleared: () => {
      stopTimer();
      t.store.set({ ...initialSidebarState, prefs: t.store.get().prefs });
    },
  };
  return (msg) => (handlers[msg.type] as (m: SidebarPortMessage) => void)(msg);
}
