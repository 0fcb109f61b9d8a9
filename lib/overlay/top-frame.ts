/**
 * The top frame's overlay, composed: the sidebar host with its guard, the controller, and the box
 * drawn over a textarea segment the sidebar asked to show. Transport and settings are handed in.
 */
import type { LayoutPatch, LayoutState } from '../contracts/layout';
import { createSidebarHandlers } from './controller';
import { dragToResize } from './drag';
import { createFrameHost, type SidePrefs } from './frame-host';
import { guardMount } from './remount';
import { measureTextareaSegment } from './textarea-mark';

/** The slice of WXT's ContentScriptContext this needs. */
export interface OverlayContext {
  onInvalidated: (cb: () => void) => unknown;
  setTimeout: (handler: () => void, timeout?: number) => number;
  addEventListener: (target: Window, type: 'scroll', handler: () => void, options?: AddEventListenerOptions) => void;
}

/** What the overlay needs from the rest of the content script. */
export interface OverlayDeps {
  /** The extension URL of sidebar.html. */
  frameUrl: string;
  /** The side settings in force. */
  prefs: () => SidePrefs;
  loadLayout: () => Promise<LayoutState | null>;
  updateLayout: (patch: LayoutPatch) => void;
}

/** Create the top frame's overlay (nothing is in the page until the first note). */
export function createOverlay(ctx: OverlayContext, deps: OverlayDeps) {
  const host = createFrameHost(document, deps.frameUrl);
  const guard = guardMount(host, { observe: document });
  ctx.onInvalidated(() => {
    guard.stop();
    host.remove();
  });
  const handlers = createSidebarHandlers(
    Object.assign(host, { restore: guard.restore }),
    { load: deps.loadLayout, update: deps.updateLayout },
    deps.prefs,
  );
  ctx.onInvalidated(
    dragToResize(host.grip, {
      layout: handlers.layout,
      prefs: deps.prefs,
      preview: (l) => host.apply(l, deps.prefs()),
      commit: (width) => deps.updateLayout({ width }),
    }),
  );
  /** A textarea in this (top) frame cannot be highlighted inside: draw a box over the segment instead. */
  const markTextarea = (el: Element | null, start: number, end: number) => {
    if (!(el instanceof HTMLTextAreaElement) || !host.mounted) return;
    host.mark(measureTextareaSegment(el, start, end, host.shadow));
    const clear = () => host.mark(null);
    ctx.setTimeout(clear, 6000);
    // the page scrolling makes the box stale; wait out our own scroll of the textarea first
    ctx.setTimeout(() => ctx.addEventListener(window, 'scroll', clear, { capture: true, once: true }), 300);
  };
  return { handlers, markTextarea };
}
