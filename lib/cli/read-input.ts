/** Read note files (or stdin) as text; refuse what is not a readable text note, with the reason. */
import { readFile, stat } from 'node:fs/promises';

/** Files larger than this are refused rather than loaded (the engine truncates long notes anyway). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult = { ok: true; name: string; text: string } | { ok: false; name: string; reason: string };

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True when the bytes look binary (NUL bytes, or invalid UTF-8 in a large share). */
export function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const text = head.toString('utf8');
  const bad = text.split('\uFFFD').length - 1;
  return bad > 8 && bad / Math.max(1, text.length) > 0.02;
}

/** Read one input: a path, or "-" for standard input. */
export async function readInput(name: string): Promise<ReadResult> {
  try {
    if (name !== '-') {
      const info = await stat(name);
      if (info.isDirectory()) return { ok: false, name, reason: 'is a directory' };
      if (info.size > MAX_FILE_BYTES)
        return { ok: false, name, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    }
    const bytes = name === '-' ? await readStdin() : await readFile(name);
    if (looksBinary(bytes)) return { ok: false, name, reason: 'binary file, not a text note' };
    return { ok: true, name, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'cannot be read');
    return { ok: false, name, reason };
  }
}
