/**
 * The sidebar page's port to the background, opened when it is needed: at start, before the page
 * asks the background anything, and when the background says a sidebar is wanted (it woke up for a
 * note while this page had no port). It is never reopened merely because it closed: the worker
 * stopping after its idle time closes it, and reopening at once woke the worker again every 30 s,
 * so it could never rest while a sidebar was open.
 */

/** The slice of runtime.Port this needs. */
export interface SidebarPortLike {
  onMessage: { addListener: (cb: (raw: unknown) => void) => void };
  onDisconnect: { addListener: (cb: () => void) => void };
}

/** A port opened on demand. */
export interface LazyPort {
  /** Open the port unless it is open (a no-op when the extension is gone). */
  ensure: () => void;
  readonly open: boolean;
}

/**
 * `connect` opens a port (null when it cannot: the extension was reloaded); `onMessage` learns
 * whether its port is a reconnection (a worker that restarted has forgotten this tab).
 */
export function lazyPort(
  connect: () => SidebarPortLike | null,
  onMessage: (raw: unknown, reconnected: boolean) => void,
): LazyPort {
  let port: SidebarPortLike | null = null;
  let opened = 0;
  return {
    ensure() {
      if (port) return;
      const p = connect();
      if (!p) return;
      port = p;
      opened += 1;
      const reconnected = opened > 1;
      p.onMessage.addListener((raw) => onMessage(raw, reconnected));
      p.onDisconnect.addListener(() => {
        if (port === p) port = null;
      });
    },
    get open() {
      return port !== null;
    },
  };
}
