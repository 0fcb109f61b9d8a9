/**
 * Keep the sidebar in the page when the page deletes it (an SPA replacing `body`, a script that
 * strips unknown elements): put it back once, quietly, and never fight a page that keeps deleting it.
 */

/** At most this many re-mounts… */
export const REMOUNT_LIMIT = 3;
/** …within any window this long (ms). A page that deletes the sidebar faster than that wins until the window frees. */
export const REMOUNT_WINDOW_MS = 60_000;

/** The slice of WXT's shadow-root UI the guard needs. */
export interface RemountableUi {
  /** Set once mounted (WXT keeps it set even when the page took the host element out). */
  readonly mounted: unknown;
  readonly shadowHost: Element;
  mount: () => void;
  remove: () => void;
}

/** What the guard is told about the world (handed in so tests drive the clock and the DOM). */
export interface RemountOptions {
  now?: () => number;
  limit?: number;
  windowMs?: number;
  /** Where to watch for the host's removal; null: no observer, only `restore()` calls re-mount. */
  observe?: Node | null;
}

/** A running guard; its owner (the content-script context) stops it. */
export interface RemountGuard {
  /** True when the sidebar was mounted and the page has taken it out of the document. */
  detached: () => boolean;
  /** Re-mount a detached sidebar if the budget allows; true when the sidebar is in the page afterwards. */
  restore: () => boolean;
  /** How many times it has re-mounted (for tests and diagnostics). */
  remounts: () => number;
  stop: () => void;
}

/** Watch `ui` and put it back when the page removes it, within REMOUNT_LIMIT per REMOUNT_WINDOW_MS. */
export function guardMount(ui: RemountableUi, opts: RemountOptions = {}): RemountGuard {
  const { now = Date.now, limit = REMOUNT_LIMIT, windowMs = REMOUNT_WINDOW_MS } = opts;
  const recent: number[] = [];
  let total = 0;
  let stopped = false;
  const detached = () => !stopped && ui.mounted !== undefined && !ui.shadowHost.isConnected;
  const restore = () => {
    if (!detached()) return ui.mounted !== undefined && ui.shadowHost.isConnected;
    const t = now();
    while (recent.length > 0 && t - (recent[0] as number) >= windowMs) recent.shift();
    if (recent.length >= limit) return false; // the page keeps deleting it: let it, for now
    recent.push(t);
    total++;
    // remove() renders nothing into the old container and resets WXT's state; mount() appends the
    // same host (with its shadow root and styles) and renders the sidebar from the unchanged store
    ui.remove();
    ui.mount();
    return ui.shadowHost.isConnected;
  };
  // Checking isConnected is O(1), so a page-wide observer stays cheap even on busy pages.
  const observer = opts.observe ? new MutationObserver(() => void restore()) : null;
  if (opts.observe) observer?.observe(opts.observe, { childList: true, subtree: true });
  return {
    detached,
    restore,
    remounts: () => total,
    stop: () => {
      stopped = true;
      observer?.disconnect();
    },
  };
}
