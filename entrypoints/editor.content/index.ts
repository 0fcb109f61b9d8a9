// Wiring only. Every frame watches its own editors and sends note text to the background;
// only the top frame shows the sidebar, and it learns about notes from the background alone.
import './style.css';
import { ContentMessageSchema } from '@/lib/contracts/messages';
import { watchNotes } from '@/lib/editors/watch';
import { listen, sendToBackground } from '@/lib/messaging/runtime';
import { createSidebarUi } from '@/lib/overlay/mount';
import { createStore, initialSidebarState, stateForAnalysis } from '@/lib/overlay/store';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const stopWatching = watchNotes(document, {
      onNote: (fieldId, text) => {
        void sendToBackground({ type: 'analyzeNote', fieldId, text, url: location.href });
      },
    });
    ctx.onInvalidated(stopWatching);

    if (window !== window.top) return;
    const store = createStore(initialSidebarState);
    const ui = await createSidebarUi(ctx, store);
    const stopListening = listen(ContentMessageSchema, {
      analysisReady: (msg) => {
        store.set(stateForAnalysis(msg, store.get().prefs));
        if (!ui.mounted) ui.mount();
        return { ok: true };
      },
      analysisCleared: () => {
        store.set(initialSidebarState);
        return { ok: true };
      },
      settingsChanged: () => ({ ok: true }),
      toggleSidebar: () => {
        if (ui.mounted) ui.remove();
        else ui.mount();
        return { ok: true };
      },
    });
    ctx.onInvalidated(() => {
      stopListening();
      ui.remove();
    });
  },
});
