// Wiring only: the engine, the handler map and the per-tab state live in lib/.
import { browser } from 'wxt/browser';
import { handleCommand } from '@/lib/background/commands';
import { createReviewMenus, onMenuClicked } from '@/lib/background/context-menu';
import { createHandlers } from '@/lib/background/handlers';
import { dropNotesWithTabs, TabNotes } from '@/lib/background/notes';
import { acceptSidebarPort } from '@/lib/background/sidebar-port';
import { createSidebarHub } from '@/lib/background/sidebars';
import { askTopHost } from '@/lib/background/top-host';
import { BackgroundRequestSchema, type ContentMessage } from '@/lib/contracts/messages';
import { analyze } from '@/lib/engine';
import { listen } from '@/lib/messaging/runtime';
import { startSettings } from '@/lib/settings/background';
import { layoutItem, restrictToTrustedContexts } from '@/lib/settings/storage';

export default defineBackground(() => {
  // content scripts run in pages an attacker may control: only extension contexts touch storage.local
  void restrictToTrustedContexts(browser.storage.local as never);
  const notes = new TabNotes();
  const sendToFrame = async (tabId: number, frameId: number, msg: ContentMessage) => {
    // The frame may not have its content script yet (page still loading): not an error.
    await browser.tabs.sendMessage(tabId, msg, { frameId }).catch(() => undefined);
  };
  const settings = startSettings();
  const sidebars = createSidebarHub({
    store: {
      loadLayout: (host) => layoutItem(host).getValue(),
      saveLayout: (host, layout) => layoutItem(host).setValue(layout),
    },
    collapsedByDefault: async () => !(await settings.effective(false)).values.autoOpen,
    askTopHost: (tabId) => askTopHost(browser.tabs, tabId),
    sendToFrame,
    // no page may be listening (none open): not an error
    wakeSidebars: () => void browser.runtime.sendMessage({ type: 'sidebarWanted' }).catch(() => undefined),
  });
  listen(
    BackgroundRequestSchema,
    createHandlers({
      analyze,
      notes,
      sidebars,
      engineOptions: settings.engine,
      effectiveSettings: settings.effective,
      settingsWrites: settings,
      sendToFrame,
    }),
  );
  browser.runtime.onConnect.addListener((port) => acceptSidebarPort(port, sidebars, browser.runtime.id));
  const sendToAllFrames = async (tabId: number, msg: ContentMessage) => {
    await browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
  };
  browser.commands?.onCommand.addListener((command, tab) => {
    const activeTabId = async () => tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    void handleCommand(command, activeTabId, { sendToFrame, sendToAllFrames });
  });
  // Menus persist across worker restarts: create them once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    void createReviewMenus(browser.contextMenus).catch(() => undefined);
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    void onMenuClicked(info, tab, sendToFrame);
  });
  dropNotesWithTabs(browser.tabs, notes, sidebars);
});
