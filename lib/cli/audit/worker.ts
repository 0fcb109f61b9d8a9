/** Audit worker thread: processes a batch of files, posting each file's result as soon as it is done. */
import { parentPort } from 'node:worker_threads';
import { type ProcessOptions, processFile } from './process';

/** A batch: the files' indexes in the audit, their paths, the shared options. */
export interface Job {
  indexes: number[];
  files: string[];
  opts: ProcessOptions;
}

parentPort?.on('message', async (job: Job) => {
  for (const [k, file] of job.files.entries()) {
    const result = await processFile(file, job.opts).catch((e: Error) => ({ file, reason: e.message }));
    // One message per file: the pool's time budget restarts at each, so it is per file, not per batch.
    // As a JSON string: cloning one string is a copy, where a deep Analysis graph is walked twice.
    parentPort?.postMessage({ index: job.indexes[k], json: JSON.stringify(result) });
  }
});
