/**
 * The sidebar page's side of its port: turn the background's messages into sidebar state. Pure
 * (stores handed in), so tests drive it without a browser.
 */
import type { LayoutState } from '../../contracts/layout';
import type { PayerClass } from '../../contracts/settings';
import type { SidebarPortMessage } from '../../contracts/sidebar-port';
import { payerInForce } from '../../settings/payer-page';
import { withPayer } from '../../settings/prefs';
import { initialSidebarState, type SidebarState, type SidebarStore, stateForAnalysis } from './state';

/** Show "Analysing…" only when a result takes longer than this, so fast results do not flicker. */
export const ANALYSING_DELAY_MS = 150;

/** What the receiver updates besides the sidebar state. */
export interface ReceiverTargets {
  store: SidebarStore;
  /** The site's layout as the background stored it. */
  setLayout: (layout: LayoutState) => void;
  /** The payer class in force (kept so a settings change can re-apply it). */
  setPayer: (payer: PayerClass | null) => void;
}

/** A handler for every message the sidebar page accepts on its port. */
export function createSidebarReceiver(t: ReceiverTargets): (msg: SidebarPortMessage) => void {
  let analysingTimer: ReturnType<typeof setTimeout> | undefined;
  const stopTimer = () => {
    if (analysingTimer !== undefined) clearTimeout(analysingTimer);
    analysingTimer = undefined;
  };
  // the payer in force: the tab's own choice, else what the page shows
  const payer = (patch: Partial<Pick<SidebarState, 'payerChoice' | 'pagePayer'>>) => {
    const next = { ...t.store.get(), ...patch };
    const inForce = payerInForce(next.payerChoice, next.pagePayer);
    t.setPayer(inForce);
    t.store.set({ ...patch, prefs: withPayer(next.prefs, inForce) });
  };
  const handlers: { [K in SidebarPortMessage['type']]: (m: Extract<SidebarPortMessage, { type: K }>) => void } = {
    sidebarInit: (m) => {
      t.setLayout(m.layout);
      payer({ payerChoice: m.payer });
    },
    sidebarLayout: (m) => t.setLayout(m.layout),
    sidebarPayer: (m) => payer({ payerChoice: m.payer }),
    sidebarPagePayer: (m) => payer({ pagePayer: m.page }),
    analysisStarted: () => {
      stopTimer();
      analysingTimer = setTimeout(() => {
        analysingTimer = undefined;
        t.store.set({ status: 'analysing' });
      }, ANALYSING_DELAY_MS);
    },
    analysisReady: (m) => {
      stopTimer();
      const cur = t.store.get();
      t.store.set(stateForAnalysis(m, cur.prefs, { payerChoice: cur.payerChoice, pagePayer: cur.pagePayer }));
    },
    analysisCleared: () => {
      stopTimer();
      const { prefs, payerChoice, pagePayer } = t.store.get();
      t.store.set({ ...initialSidebarState, prefs, payerChoice, pagePayer });
    },
  };
  return (msg) => (handlers[msg.type] as (m: SidebarPortMessage) => void)(msg);
}
