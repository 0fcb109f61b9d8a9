/**
 * Each tab's sidebar, seen from the background: the sidebar page's runtime port (the only way the
 * analysis reaches it), the site's layout (stored here, never by a content script), the tab's payer and the
 * last result, so a sidebar page that loads again (re-mounted, worker restarted) shows it at once.
 * Memory only for note text; transport and storage are handed in.
 */

import type { Analysis } from '../contracts/analysis';
import type { LayoutPatch, LayoutState } from '../contracts/layout';
import type { ContentMessage } from '../contracts/messages';
import type { PayerClass } from '../contracts/settings';
import { analysisView, type SidebarPortMessage } from '../contracts/sidebar-port';
import { clampWidth, siteLayout } from '../settings/layout';
import type { PagePayer } from '../settings/payer-page';

/** The slice of runtime.Port this needs. */
export interface PortLike {
  postMessage: (msg: unknown) => void;
  disconnect: () => void;
  onDisconnect: { addListener: (cb: () => void) => void };
}

/** Where layouts and payer classes live (storage items in the real worker, a Map in tests). */
export interface SiteStore {
  loadLayout: (host: string) => Promise<unknown>;
  saveLayout: (host: string, layout: LayoutState) => Promise<void>;
}

export interface SidebarHubDeps {
  store: SiteStore;
  /** True when settings say the sidebar starts collapsed (autoOpen off) on a site with no stored layout. */
  collapsedByDefault: () => Promise<boolean>;
  /** Ask the tab's top frame for its host (null when it has no active content script). */
  askTopHost: (tabId: number) => Promise<string | null>;
  sendToFrame: (tabId: number, frameId: number, msg: ContentMessage) => Promise<void>;
  /** Tell sidebar pages without a port to open one (a runtime broadcast in the worker; absent in most tests). */
  wakeSidebars?: () => void;
}

/** At most one wake-up broadcast per tab in this long (a result posts several messages at once). */
const WAKE_EVERY_MS = 1000;

interface TabSidebar {
  host: string | null;
  layout: LayoutState | null;
  port: PortLike | null;
  /** The last result (its whole analysis) or clearing, replayed to a sidebar page that (re)connects. */
  last: SidebarPortMessage | null;
  /** The payer class picked in this tab's sidebar: this tab and page only, never the site's. */
  payer: PayerClass | null;
  /** The payer the page shows (where policy says where), read by the top frame. */
  pagePayer: PagePayer | null;
}

/** Keep one write in flight per key and write the latest value after it (a drag writes on every move). */
function latestWriter<T>(save: (key: string, value: T) => Promise<void>) {
  const next = new Map<string, T>();
  const busy = new Set<string>();
  return async (key: string, value: T): Promise<void> => {
    next.set(key, value);
    if (busy.has(key)) return;
    busy.add(key);
    try {
      while (next.has(key)) {
        const v = next.get(key) as T;
        next.delete(key);
        await save(key, v).catch(() => undefined);
      }
    } finally {
      busy.delete(key);
    }
  };
}

/** Create the per-tab sidebar hub the handlers and the port listener share. */
export function createSidebarHub(deps: SidebarHubDeps) {
  const tabs = new Map<number, TabSidebar>();
  const tab = (tabId: number): TabSidebar => {
    let t = tabs.get(tabId);
    if (!t) {
      t = { host: null, layout: null, port: null, last: null, payer: null, pagePayer: null };
      tabs.set(tabId, t);
    }
    return t;
  };
  const writeLayout = latestWriter<LayoutState>(deps.store.saveLayout);
  const wokenAt = new Map<number, number>();
  /** The tab's sidebar page has no port (the worker restarted, or the page's port closed while idle): ask it to open one. */
  const wake = (tabId: number) => {
    const now = Date.now();
    if (!deps.wakeSidebars || now - (wokenAt.get(tabId) ?? -Infinity) < WAKE_EVERY_MS) return;
    wokenAt.set(tabId, now);
    deps.wakeSidebars();
  };

  const hostOf = async (tabId: number): Promise<string | null> => {
    const t = tab(tabId);
    t.host ??= await deps.askTopHost(tabId);
    return t.host;
  };
  const layoutOf = async (tabId: number): Promise<LayoutState> => {
    const t = tab(tabId);
    if (t.layout) return t.layout;
    const host = (await hostOf(tabId)) ?? '';
    const stored = await deps.store.loadLayout(host).catch(() => null);
    t.layout ??= siteLayout(stored, await deps.collapsedByDefault());
    return t.layout;
  };
  const post = (tabId: number, full: SidebarPortMessage) => {
    const port = tabs.get(tabId)?.port;
    if (!port) {
      wake(tabId);
      return;
    }
    // a result goes as the view the sidebar lists (contracts/sidebar-port.ts); the rest waits here
    const msg = full.type === 'analysisReady' ? { ...full, analysis: analysisView(full.analysis) } : full;
    try {
      port.postMessage(msg);
    } catch {
      // the page went away between the check and the post: its disconnect handler cleans up
    }
  };

  return {
    /** The top frame told us its host (it sent a message from frame 0). */
    setHost(tabId: number, host: string): void {
      const t = tab(tabId);
      if (t.host !== host) t.layout = null;
      t.host = host;
    },
    hostOf,
    layoutOf,
    /** A sidebar page in `tabId` connected: it replaces any older one and gets the state so far. */
    async connect(tabId: number, port: PortLike): Promise<void> {
      const t = tab(tabId);
      if (t.port && t.port !== port) t.port.disconnect();
      t.port = port;
      port.onDisconnect.addListener(() => {
        if (tabs.get(tabId)?.port === port) tab(tabId).port = null;
      });
      const host = (await hostOf(tabId)) ?? '';
      const layout = await layoutOf(tabId);
      post(tabId, { type: 'sidebarInit', host, layout, payer: t.payer });
      if (t.pagePayer) post(tabId, { type: 'sidebarPagePayer', page: t.pagePayer });
      if (t.last) post(tabId, t.last);
    },
    /** The tab's last analysis when it is the one with this hash (what its sidebar page shows), else null. */
    analysisFor(tabId: number, noteHash: string): Analysis | null {
      const last = tabs.get(tabId)?.last;
      return last?.type === 'analysisReady' && last.analysis.noteHash === noteHash && !last.analysis.partial
        ? last.analysis
        : null;
    },
    /** Send to the tab's sidebar page; results and clearings are remembered for a page that loads later. */
    post(tabId: number, msg: SidebarPortMessage): void {
      if (msg.type === 'analysisReady' || msg.type === 'analysisCleared') tab(tabId).last = msg;
      post(tabId, msg);
    },
    /** Change the tab's site layout: validated, stored, and told to the overlay and the sidebar page. */
    async updateLayout(tabId: number, patch: LayoutPatch): Promise<LayoutState> {
      const cur = await layoutOf(tabId);
      const next: LayoutState = { ...cur, ...patch, width: clampWidth(patch.width ?? cur.width) };
      tab(tabId).layout = next;
      const host = (await hostOf(tabId)) ?? '';
      void writeLayout(host, next);
      post(tabId, { type: 'sidebarLayout', layout: next });
      await deps.sendToFrame(tabId, 0, { type: 'layoutChanged', layout: next });
      return next;
    },
    /** The payer class picked in the tab's sidebar: kept for this tab and page only (a next patient starts afresh). */
    setPayer(tabId: number, payer: PayerClass | null): void {
      tab(tabId).payer = payer;
      post(tabId, { type: 'sidebarPayer', payer });
    },
    /** The payer the tab's page shows (null: none configured or not found); told to its sidebar when it changes. */
    setPagePayer(tabId: number, page: PagePayer | null): void {
      const t = tab(tabId);
      if (t.pagePayer?.text === page?.text && t.pagePayer?.payer === page?.payer) return;
      t.pagePayer = page;
      post(tabId, { type: 'sidebarPagePayer', page });
    },
    /** Someone asks about the tab (the popup) and the worker knows no note there: its sidebar page may have one. */
    wakeIfUnknown(tabId: number): void {
      if (!tabs.get(tabId)?.port) wake(tabId);
    },
    /** The tab closed or loads another page: its host, layout and last result are gone. */
    drop(tabId: number): void {
      const port = tabs.get(tabId)?.port;
      tabs.delete(tabId);
      wokenAt.delete(tabId);
      if (port) tab(tabId).port = port; // the old page's frame disconnects by itself as it unloads
    },
  };
}

/** The hub the background's handlers and port listener share. */
export type SidebarHub = ReturnType<typeof createSidebarHub>;
