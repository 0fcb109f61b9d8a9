/**
 * At most one job per key at a time, and only the newest request waits behind it: an older waiting
 * request is dropped (resolves false) the moment a newer one for the same key arrives.
 */

/** Create the gate; `submit(key, run)` resolves true when `run` ran, false when newer input replaced it. */
export function createLatestOnly() {
  const running = new Map<string, Promise<unknown>>();
  const newest = new Map<string, symbol>();
  return async function submit(key: string, run: () => Promise<void>): Promise<boolean> {
    const me = Symbol(key);
    newest.set(key, me);
    // yield a task first, so messages already queued behind this one can replace it
    await new Promise((r) => setTimeout(r, 0));
    while (running.has(key)) {
      if (newest.get(key) !== me) return false;
      await running.get(key);
    }
    if (newest.get(key) !== me) return false;
    const job = run();
    running.set(
      key,
      job.catch(() => undefined),
    );
    try {
      await job;
      return true;
    } finally {
      running.delete(key);
      if (newest.get(key) === me) newest.delete(key);
    }
  };
}
