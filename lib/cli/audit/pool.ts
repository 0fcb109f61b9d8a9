/**
 * Process an audit's files on all cores: worker threads take batches of files, each file under a time
 * budget — a worker that overruns it is terminated and replaced, the batch's unfinished files are
 * retried one per job, and the file that overruns alone is skipped with that reason. Without a worker script (source run by vitest) or with `--jobs 0`, files are processed in this
 * thread, where the budget cannot interrupt the engine.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Processed, type ProcessOptions, processFile } from './process';
import type { Done, Job } from './worker';

/**
 * Where the worker script is: the bundle ships audit-worker.mjs beside it; from source, worker.ts
 * runs only under tsx (its loader is in execArgv, which workers inherit) — not inside vitest.
 */
function workerUrl(): URL | null {
  if (!import.meta.url.endsWith('.ts')) return new URL('./audit-worker.mjs', import.meta.url);
  return process.execArgv.some((a) => a.includes('tsx')) ? new URL('./worker.ts', import.meta.url) : null;
}

/** How the pool runs: worker count (0 = this thread) and the per-file budget in ms. */
export interface PoolOptions {
  jobs: number | null;
  timeLimitMs: number;
  onDone?: (done: number, total: number) => void;
}

/** Process every file; results come back in the order of `files`. */
export async function processAll(
  files: readonly string[],
  opts: ProcessOptions,
  pool: PoolOptions,
): Promise<Processed[]> {
  const url = workerUrl();
  const jobs = Math.min(pool.jobs ?? availableParallelism(), files.length);
  const results: Processed[] = new Array(files.length);
  let done = 0;
  pool.onDone?.(0, files.length);
  if (url === null || jobs === 0) {
    for (const [i, file] of files.entries()) {
      results[i] = await processFile(file, opts);
      pool.onDone?.(++done, files.length);
    }
    return results;
  }
  // Batches keep the threads busy without a round trip per file; small enough to spread the work.
  const batch = Math.max(1, Math.min(32, Math.ceil(files.length / (jobs * 8))));
  const queue = files.map((_, i) => i);
  /** Files of a batch that overran, each retried alone so the budget names the one that is stuck. */
  const solo: number[] = [];
  const limit = pool.timeLimitMs;
  await new Promise<void>((resolve, reject) => {
    let live = 0;
    const start = () => {
      live++;
      const worker = new Worker(url);
      let pending: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(overrun, limit);
      };
      const feed = () => {
        if (queue.length === 0 && solo.length === 0) {
          clearTimeout(timer);
          void worker.terminate();
          if (--live === 0) resolve();
          return;
        }
        pending = solo.length > 0 ? solo.splice(0, 1) : queue.splice(0, batch);
        const job: Job = { indexes: pending, files: pending.map((i) => files[i] as string), opts };
        arm();
        worker.postMessage(job);
      };
      // The engine is synchronous: only terminating the thread stops a runaway file. A worker posts
      // its results every FLUSH_MS, so when no message came within the budget, a file alone in its job
      // is the one that overran; the files of a larger batch are retried one per job instead.
      const overrun = () => {
        if (pending.length === 1) {
          const stuck = pending[0] as number;
          results[stuck] = { file: files[stuck] as string, reason: `took longer than ${limit / 1000} s (skipped)` };
          pool.onDone?.(++done, files.length);
        } else solo.push(...pending);
        worker.removeAllListeners();
        void worker.terminate();
        live--;
        start();
      };
      worker.on('message', (m: Done) => {
        for (const { index, result } of JSON.parse(m.json) as { index: number; result: Processed }[]) {
          results[index] = result;
          pool.onDone?.(++done, files.length);
          pending = pending.filter((i) => i !== index);
        }
        if (pending.length === 0) feed();
        else arm();
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      feed();
    };
    for (let w = 0; w < jobs; w++) start();
  });
  return results;
}
