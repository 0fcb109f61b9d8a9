/** Write a report atomically: a temp file beside the target, then rename, so no reader sees half a file. */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Write `content` to `file` via `<file>.<pid>.tmp` + rename (same folder, so the rename is atomic). */
export async function writeAtomic(file: string, content: string | Buffer): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
