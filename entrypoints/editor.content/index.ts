// Wiring only. Every frame watches its own editors and sends note text to the background;
// only the top frame shows the sidebar, and it learns about notes from the background alone.
import './style.css';
import { browser } from 'wxt/browser';
import { ContentMessageSchema, MAX_MESSAGE_TEXT } from '@/lib/contracts/messages';
import { regionSelectorFor } from '@/lib/editors/region';
import { watchNotes } from '@/lib/editors/watch';
import { listen, sendToBackground } from '@/lib/messaging/runtime';
import { createSidebarHandlers } from '@/lib/overlay/controller';
import { highlightInField } from '@/lib/overlay/highlight';
import { createLayoutStore } from '@/lib/overlay/layout';
import { noticeOrphaning } from '@/lib/overlay/lifecycle';
import { createSidebarUi } from '@/lib/overlay/mount';
import { createStore, initialSidebarState } from '@/lib/overlay/store';
import { type MarkRect, measureTextareaSegment } from '@/lib/overlay/textarea-mark';
import { createReviewHandlers, openOnReview } from '@/lib/review/content';
import { applySettingsToPage, pageHostname } from '@/lib/settings/page';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const gate = await applySettingsToPage(ctx); // dormant where the user's sites or policy exclude this host
    if (!gate) return;
    noticeOrphaning(ctx);
    const watcher = watchNotes(document, {
      maxChars: MAX_MESSAGE_TEXT,
      regionSelector: regionSelectorFor(gate.settings.values.noteRegions, pageHostname()),
      onNote: (fieldId, text, fullLength) => {
        if (ctx.isInvalid) return; // reading isInvalid notices a reloaded extension and shuts this script down
        const cut = fullLength > text.length ? { fullLength } : {};
        void sendToBackground({ type: 'analyzeNote', fieldId, text, url: location.href, ...cut });
      },
      onCleared: (fieldId) => {
        if (!ctx.isInvalid) void sendToBackground({ type: 'noteCleared', fieldId });
      },
    });
    ctx.onInvalidated(watcher.stop);
    // a whole-form note's offsets land in the field that holds them, at that field's own offsets
    const highlightField = (msg: { fieldId: string; start: number; end: number }) => {
      const at = watcher.locate(msg.fieldId, msg.start, msg.end);
      return at && highlightInField(at.el, at.start, at.end)
        ? ({ ok: true } as const)
        : ({ ok: false, error: 'internal', detail: 'field gone' } as const);
    };
    const ignore = () => ({ ok: true }) as const;
    // Review mode (issue #7): a selection or the page's main text goes out as an ordinary note.
    const review = createReviewHandlers({
      doc: document,
      maxChars: MAX_MESSAGE_TEXT,
      analyze: (fieldId, text) => void sendToBackground({ type: 'analyzeNote', fieldId, text, url: location.href }),
    });

    if (window !== window.top) {
      const stop = listen(ContentMessageSchema, {
        highlightField,
        analysisReady: ignore,
        analysisStarted: ignore,
        analysisCleared: ignore,
        settingsChanged: ignore,
        toggleSidebar: ignore,
        reviewSelection: review.reviewSelection,
        reviewPage: ignore, // the top frame reads same-origin frames itself
      });
      ctx.onInvalidated(stop);
      return;
    }

    const store = createStore(initialSidebarState);
    gate.bind(store);
    const mark = createStore<{ rect: MarkRect | null }>({ rect: null });
    const markView = {
      get: () => mark.get().rect,
      subscribe: (fn: (r: MarkRect | null) => void) => mark.subscribe((s) => fn(s.rect)),
    };
    const layout = createLayoutStore(
      {
        get: async (key) => (await browser.storage.local.get(key))[key],
        set: (key, value) => browser.storage.local.set({ [key]: value }),
      },
      location.hostname,
    );
    const ui = await createSidebarUi(
      ctx,
      store,
      layout,
      {
        showSegment: (fieldId, frameId, seg) => {
          void sendToBackground({ type: 'highlightSegment', fieldId, frameId, start: seg.start, end: seg.end });
        },
        copy: (text) => navigator.clipboard.writeText(text),
      },
      markView,
    );
    // A textarea in this (top) frame cannot be highlighted inside: draw a box over it from the sidebar's UI.
    const markTextarea = (msg: { fieldId: string; start: number; end: number }) => {
      const at = watcher.locate(msg.fieldId, msg.start, msg.end);
      if (!(at?.el instanceof HTMLTextAreaElement) || !ui.shadow) return;
      mark.set({ rect: measureTextareaSegment(at.el, at.start, at.end, ui.shadow) });
      const clear = () => mark.set({ rect: null });
      setTimeout(clear, 6000);
      // the page scrolling makes the box stale; wait out our own scroll of the textarea first
      setTimeout(() => ctx.addEventListener(window, 'scroll', clear, { capture: true, once: true }), 300);
    };
    const sidebar = createSidebarHandlers(store, layout, ui, () => layout.load(!store.get().prefs.autoOpen));
    const stopListening = listen(ContentMessageSchema, {
      highlightField: (msg) => {
        const reply = highlightField(msg);
        markTextarea(msg);
        return reply;
      },
      ...sidebar,
      analysisReady: openOnReview(sidebar.analysisReady, () => layout.update({ collapsed: false })),
      ...review,
    });
    ctx.onInvalidated(() => {
      stopListening();
      ui.remove();
    });
  },
});
