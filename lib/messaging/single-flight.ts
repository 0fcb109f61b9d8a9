/**
 * One request in flight per sender, and only the newest waiting: a frame whose note changes faster
 * than the background answers sends the latest text next, never a queue of stale ones.
 */

/** Wrap `send`; calls made while one is in flight replace each other, and the last is sent when it returns. */
export function singleFlight<T>(send: (value: T) => Promise<unknown>): (value: T) => void {
  let busy = false;
  let waiting: { value: T } | null = null;
  const run = async (value: T) => {
    busy = true;
    try {
      await send(value).catch(() => undefined);
    } finally {
      busy = false;
      const next = waiting;
      waiting = null;
      if (next) void run(next.value);
    }
  };
  return (value) => {
    if (busy) waiting = { value };
    else void run(value);
  };
}
