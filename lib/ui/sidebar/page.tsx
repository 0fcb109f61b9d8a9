/**
 * The sidebar page: an extension page the top frame's overlay frames inside `<theracode-sidebar>`.
 * Its analysis arrives on a runtime port from the background, never through the EHR page; its
 * controls (Hide, Move, resize, payer) are requests the background validates and stores.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AnalysisSchema } from '../../contracts/analysis';
import { DEFAULT_LAYOUT, type LayoutState } from '../../contracts/layout';
import type { BackgroundRequest } from '../../contracts/messages';
import type { PayerClass } from '../../contracts/settings';
import { decodeSidebarPortMessage, SIDEBAR_PORT, SidebarWantedSchema } from '../../contracts/sidebar-port';
import { sendToBackground } from '../../messaging/send';
import { stepMark } from '../../messaging/step-marks';
import { fetchEffectiveSettings, onSettingsChanged } from '../../settings/client';
import { clampWidth } from '../../settings/layout';
import { sidebarPrefs } from '../../settings/prefs';
import { Sidebar, type SidebarActions, type SidebarLayout } from '../Sidebar';
import { lazyPort } from './port';
import { createSidebarReceiver } from './receive';
import { createStore, initialSidebarState } from './state';

/** Render the sidebar into `root` and wire it to the background. */
export function startSidebarPage(root: HTMLElement): void {
  const store = createStore(initialSidebarState);
  const layoutStore = createStore<LayoutState>(DEFAULT_LAYOUT);
  let payer: PayerClass | null = null;
  const layout: SidebarLayout = {
    ...layoutStore,
    update: (patch) => {
      const p = patch.width === undefined ? patch : { ...patch, width: clampWidth(patch.width) };
      layoutStore.set(p); // at once here; the background stores it and resizes the frame
      void send({ type: 'updateLayout', patch: p });
    },
  };
  const receive = createSidebarReceiver({
    store,
    setLayout: (l) => layoutStore.set(l),
    setPayer: (p) => {
      payer = p;
    },
  });
  const link = lazyPort(
    () => {
      if (!browser.runtime?.id) return null; // the extension went away (reloaded): this page is about to go too
      try {
        return browser.runtime.connect({ name: SIDEBAR_PORT });
      } catch {
        return null; // "Extension context invalidated": the same
      }
    },
    (raw, reconnected) => {
      stepMark('sb:message');
      const msg = decodeSidebarPortMessage(raw);
      if (!msg) return;
      stepMark('sb:parsed');
      if (msg.type !== 'sidebarInit' || !reconnected) {
        receive(msg);
        // Preact renders in a microtask queued by the store's update: this one runs after it
        queueMicrotask(() => stepMark('sb:rendered'));
        return;
      }
      // Back after a dropped port: a restarted worker knows nothing of this tab, while this page still
      // shows its note and is where the tab's payer was picked. Keep both and tell the background.
      const { payerChoice, fieldId, frameId } = store.get();
      receive({ ...msg, payer: payerChoice });
      if (payerChoice !== null) void sendToBackground({ type: 'setPayer', payer: payerChoice });
      if (fieldId !== null && frameId !== null) void sendToBackground({ type: 'resendNote', fieldId, frameId });
    },
  );
  link.ensure();
  // the worker woke up for a note (or a question about this tab) and has no port to this page
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id === browser.runtime.id && !sender.tab && SidebarWantedSchema.safeParse(raw).success) link.ensure();
  });
  /** Every request from this page goes with an open port, so the worker it wakes can answer here too. */
  const send = ((msg: BackgroundRequest, data?: unknown) => {
    link.ensure();
    return (sendToBackground as (m: BackgroundRequest, d?: unknown) => Promise<unknown>)(msg, data);
  }) as typeof sendToBackground;
  const loadPrefs = async () => {
    const s = await fetchEffectiveSettings();
    if (s) store.set({ prefs: sidebarPrefs(s.values, s.lockedKeys, payer) });
  };
  void loadPrefs();
  onSettingsChanged(() => void loadPrefs());
  const actions: SidebarActions = {
    showSegment: (fieldId, frameId, seg) =>
      void send({ type: 'highlightSegment', fieldId, frameId, start: seg.start, end: seg.end }),
    copy: (text) => copyText(text),
    setPayer: (p) => {
      payer = p;
      void send({ type: 'setPayer', payer: p });
    },
    fetchAnalysis: async (noteHash) => {
      const reply = await send({ type: 'getAnalysis', noteHash }, AnalysisSchema);
      return reply.ok ? reply.data : null;
    },
  };
  render(<Sidebar store={store} layout={layout} actions={actions} />, root);
}

/** The Clipboard API, or the older copy command where a page's permissions policy blocks the API in frames. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}
