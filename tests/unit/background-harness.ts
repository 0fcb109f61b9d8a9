/** The background's handler map over the real engine with do-nothing defaults; tests override what they watch. */
import { type BackgroundDeps, createHandlers } from '../../lib/background/handlers';
import { TabNotes } from '../../lib/background/notes';
import { createSidebarHub, type SidebarHubDeps } from '../../lib/background/sidebars';
import { decodeSidebarPortMessage, type SidebarPortMessage } from '../../lib/contracts/sidebar-port';
import { analyze } from '../../lib/engine';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { mergeSettings } from '../../lib/settings/merge';

/** A sidebar hub over in-memory storage whose top frames all say `topHost`. */
export function memoryHub(overrides: Partial<SidebarHubDeps> = {}, topHost = 'ehr.example') {
  const data = new Map<string, unknown>();
  const hub = createSidebarHub({
    store: {
      loadLayout: async (h) => data.get(`layout:${h}`),
      saveLayout: async (h, l) => void data.set(`layout:${h}`, structuredClone(l)),
    },
    collapsedByDefault: async () => false,
    askTopHost: async () => topHost,
    sendToFrame: async () => undefined,
    ...overrides,
  });
  return { hub, data };
}

/** Handlers as the worker builds them: real engine, fresh TabNotes, default settings, a silent transport. */
export function backgroundHandlers(overrides: Partial<BackgroundDeps> = {}) {
  const settings = { ...mergeSettings(DEFAULT_SETTINGS, {}, {}), resetKeys: [] };
  return createHandlers({
    analyze,
    notes: new TabNotes(),
    sidebars: memoryHub().hub,
    engineOptions: () => ({}),
    effectiveSettings: () => settings,
    sendToFrame: async () => undefined,
    ...overrides,
  });
}

/** Connect a fake sidebar page for `tabId`; returns what the background posts to it, decoded as the page decodes it. */
export async function fakeSidebarPage(hub: ReturnType<typeof memoryHub>['hub'], tabId: number) {
  const posted: SidebarPortMessage[] = [];
  await hub.connect(tabId, {
    postMessage: (m) => {
      const msg = decodeSidebarPortMessage(m);
      if (!msg) throw new Error('the background posted a message the sidebar page cannot decode');
      posted.push(msg);
    },
    disconnect: () => undefined,
    onDisconnect: { addListener: () => undefined },
  });
  posted.length = 0; // the init message is not what these tests look at
  return posted;
}
