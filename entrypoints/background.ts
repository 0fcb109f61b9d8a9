// Wiring only: the engine, the handler map and the per-tab state live in lib/.
import { browser } from 'wxt/browser';
import { handleCommand } from '@/lib/background/commands';
import { createHandlers } from '@/lib/background/handlers';
import { dropNotesWithTabs, TabNotes } from '@/lib/background/notes';
import { BackgroundRequestSchema, type ContentMessage } from '@/lib/contracts/messages';
import { analyze } from '@/lib/engine';
import { listen } from '@/lib/messaging/runtime';
import { startSettings } from '@/lib/settings/background';

export default defineBackground(() => {
  const notes = new TabNotes();
  const sendToFrame = async (tabId: number, frameId: number, msg: ContentMessage) => {
    // The frame may not have its content script yet (page still loading): not an error.
    await browser.tabs.sendMessage(tabId, msg, { frameId }).catch(() => undefined);
  };
  const settings = startSettings();
  listen(
    BackgroundRequestSchema,
    createHandlers({
      analyze,
      notes,
      engineOptions: settings.engine,
      effectiveSettings: settings.effective,
      settingsWrites: settings,
      sendToFrame,
    }),
  );
  browser.commands?.onCommand.addListener((command) => {
    const activeTabId = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    void handleCommand(command, activeTabId, sendToFrame);
  });
  dropNotesWithTabs(browser.tabs, notes);
});
