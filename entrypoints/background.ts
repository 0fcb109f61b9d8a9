// Wiring only: the engine, the handler map and the per-tab state live in lib/.
import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { TabNotes } from '@/lib/background/notes';
import { BackgroundRequestSchema } from '@/lib/contracts/messages';
import { analyze } from '@/lib/engine';
import { listen } from '@/lib/messaging/runtime';

export default defineBackground(() => {
  const notes = new TabNotes();
  listen(
    BackgroundRequestSchema,
    createHandlers({
      analyze,
      notes,
      engineOptions: () => ({}),
      effectiveSettings: () => ({}),
      sendToFrame: async (tabId, frameId, msg) => {
        // The top frame may not have its content script yet (page still loading): not an error.
        await browser.tabs.sendMessage(tabId, msg, { frameId }).catch(() => undefined);
      },
    }),
  );
  browser.tabs.onRemoved.addListener((tabId) => notes.drop(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') notes.drop(tabId);
  });
});
