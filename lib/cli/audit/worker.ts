/**
 * Audit worker thread: processes a batch of files and posts their results a few at a time — every
 * FLUSH_MS and at the end of the batch — as one JSON string, so a batch of small notes costs one
 * message instead of one per file (the per-message cost was a sixth of the worker's time).
 */
import { parentPort } from 'node:worker_threads';
import { type Processed, type ProcessOptions, processFile } from './process';

/** A batch: the files' indexes in the audit, their paths, the shared options. */
export interface Job {
  indexes: number[];
  files: string[];
  opts: ProcessOptions;
}

/** What a worker posts: the results of the files it finished since its last message, in order. */
export interface Done {
  /** JSON of `{ index, result }[]`: cloning one string is a copy, where a deep Analysis graph is walked twice. */
  json: string;
}

/** Longest a finished result waits before it is posted (the pool's time budget restarts at each message). */
export const FLUSH_MS = 50;

parentPort?.on('message', async (job: Job) => {
  let out: { index: number; result: Processed }[] = [];
  let last = performance.now();
  for (const [k, file] of job.files.entries()) {
    const result = await processFile(file, job.opts).catch((e: Error) => ({ file, reason: e.message }));
    out.push({ index: job.indexes[k] as number, result });
    const now = performance.now();
    if (k === job.files.length - 1 || now - last >= FLUSH_MS) {
      parentPort?.postMessage({ json: JSON.stringify(out) } satisfies Done);
      out = [];
      last = now;
    }
  }
});
