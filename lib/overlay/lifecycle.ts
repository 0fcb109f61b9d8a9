/**
 * An extension reload or update leaves the old content script running in open pages with a dead
 * runtime (Chromium injects no new script into them). WXT's context only notices when something
 * reads `ctx.isInvalid`; this makes sure something does, so the old sidebar and listeners go away.
 */

/** How often an idle page checks whether its extension is still there (ms). One property read. */
export const ORPHAN_CHECK_MS = 2000;

/** The slice of WXT's ContentScriptContext this needs. */
export interface OrphanableContext {
  readonly isInvalid: boolean;
  setInterval: (handler: () => void, timeout?: number) => number;
}

/** Check for a dead runtime every ORPHAN_CHECK_MS; the interval itself stops with the context. */
export function noticeOrphaning(ctx: OrphanableContext, everyMs = ORPHAN_CHECK_MS): void {
  // ctx.setInterval runs the handler only while valid, and its validity check is what reads
  // runtime.id and fires onInvalidated; reading isInvalid here says so explicitly
  ctx.setInterval(() => void ctx.isInvalid, everyMs);
}
