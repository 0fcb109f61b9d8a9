/** Audit worker thread: processes one file per message (pool.ts sends them, and times each one). */
import { parentPort } from 'node:worker_threads';
import { type ProcessOptions, processFile } from './process';

/** A job: the file's index in the audit, its path, the shared options. */
export interface Job {
  index: number;
  file: string;
  opts: ProcessOptions;
}

parentPort?.on('message', async (job: Job) => {
  const result = await processFile(job.file, job.opts).catch((e: Error) => ({ file: job.file, reason: e.message }));
  parentPort?.postMessage({ index: job.index, result });
});
