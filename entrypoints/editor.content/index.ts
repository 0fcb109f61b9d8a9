// Wiring only. Every frame watches its own editors and sends note text to the background; the top
// frame also places the sidebar's frame (an extension page the background feeds directly).
import { browser } from 'wxt/browser';
import { MAX_MESSAGE_TEXT } from '@/lib/contracts/limits';
import type { AnalyzeNote } from '@/lib/contracts/messages';
import { createTrustGate } from '@/lib/editors/trust';
import { watchNotes } from '@/lib/editors/watch';
import { ACK_REPLY, CONTENT_MESSAGE, LAYOUT_REPLY } from '@/lib/messaging/content-wire';
import { listen, request } from '@/lib/messaging/runtime';
import { singleFlight } from '@/lib/messaging/single-flight';
import { stepMark } from '@/lib/messaging/step-marks';
import { highlightInField } from '@/lib/overlay/highlight';
import { noticeOrphaning } from '@/lib/overlay/lifecycle';
import { readPayerText } from '@/lib/overlay/page-payer';
import { createOverlay } from '@/lib/overlay/top-frame';
import { createReviewHandlers } from '@/lib/review/content';
import { applySettingsToPage } from '@/lib/settings/page';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Listen for the user's clicks and keys at once: a click into the note while the worker is still
    // starting (settings not yet here) must still make that field the note.
    const gate = createTrustGate(document);
    ctx.onInvalidated(gate.stop);
    const page = await applySettingsToPage(ctx); // dormant where the user's sites or policy exclude this host
    if (!page) {
      gate.stop();
      return;
    }
    noticeOrphaning(ctx);
    const analyze = singleFlight((msg: AnalyzeNote) => {
      stepMark('cs:send');
      return request(msg, ACK_REPLY);
    });
    const note = (fieldId: string, text: string, fullLength?: number) => {
      if (ctx.isInvalid) return; // reading isInvalid notices a reloaded extension and shuts this script down
      const cut = fullLength !== undefined && fullLength > text.length ? { fullLength } : {};
      analyze({ type: 'analyzeNote', fieldId, text, url: location.href, origin: self.origin, ...cut });
    };
    const watcher = watchNotes(document, {
      maxChars: MAX_MESSAGE_TEXT,
      regionSelector: page.current().noteRegion,
      gate,
      onNote: note,
      onCleared: (fieldId) => {
        if (!ctx.isInvalid) void request({ type: 'noteCleared', fieldId }, ACK_REPLY);
      },
    });
    ctx.onInvalidated(watcher.stop);
    // Review mode (issue #7): a selection or the page's main text goes out as an ordinary note.
    const review = createReviewHandlers({ doc: document, maxChars: MAX_MESSAGE_TEXT, analyze: note });
    // a whole-form note's offsets land in the field that holds them, at that field's own offsets
    const show = (msg: { fieldId: string; start: number; end: number }) => {
      const at = watcher.locate(msg.fieldId, msg.start, msg.end);
      return at && highlightInField(at.el, at.start, at.end) ? true : null;
    };
    const ok = () => ({ ok: true }) as const;
    const gone = { ok: false, error: 'internal', detail: 'field gone' } as const;
    const resendNote = (msg: { fieldId: string }) => (watcher.resend(msg.fieldId) ? ok() : gone);

    if (window !== window.top) {
      const stop = listen(CONTENT_MESSAGE, {
        highlightField: (msg) => (show(msg) ? { ok: true } : gone),
        resendNote,
        showSidebar: ok,
        layoutChanged: ok,
        settingsChanged: ok,
        toggleSidebar: ok,
        reviewSelection: review.reviewSelection,
        reviewPage: () => ({ ok: true, data: { chars: 0 } }), // the top frame reads same-origin frames itself
      });
      ctx.onInvalidated(stop);
      return;
    }

    const overlay = createOverlay(ctx, {
      frameUrl: browser.runtime.getURL('/sidebar.html'),
      prefs: page.current,
      loadLayout: async () => {
        const reply = await request({ type: 'getLayout' }, LAYOUT_REPLY);
        return reply.ok ? reply.data : null;
      },
      updateLayout: (patch) => void request({ type: 'updateLayout', patch }, ACK_REPLY),
    });
    page.onChange(overlay.handlers.reapply);
    // Payer from the page (issue #14): only where policy names the element, and only that element's text.
    let lastPayerText: string | null | undefined;
    const reportPayer = (selector: string | null | undefined) => {
      if (!selector || ctx.isInvalid) return;
      const text = readPayerText(document, selector);
      if (text === lastPayerText) return;
      lastPayerText = text;
      void request({ type: 'pagePayer', text }, ACK_REPLY);
    };
    const stop = listen(CONTENT_MESSAGE, {
      highlightField: (msg) => {
        const shown = show(msg);
        const at = watcher.locate(msg.fieldId, msg.start, msg.end);
        overlay.markTextarea(at?.el ?? null, at?.start ?? msg.start, at?.end ?? msg.end);
        return shown ? { ok: true } : gone;
      },
      showSidebar: async (msg, sender) => {
        const reply = await overlay.handlers.showSidebar(msg, sender);
        reportPayer(msg.payerSelector);
        return reply;
      },
      resendNote,
      layoutChanged: overlay.handlers.layoutChanged,
      toggleSidebar: overlay.handlers.toggleSidebar,
      settingsChanged: ok,
      ...review,
    });
    ctx.onInvalidated(stop);
  },
});
