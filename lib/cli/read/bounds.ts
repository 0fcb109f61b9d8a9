/**
 * Bounded reading: only regular files (a FIFO would hang, /dev/zero would never end), at most
 * `maxBytes` from a file or standard input — checked while reading, since a file can grow and
 * /proc files report size 0.
 */
import type { Stats } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The bytes read, or why nothing was. */
export type Bytes = { bytes: Buffer } | { reason: string };

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Why a path that exists is not a file we read ("a FIFO (named pipe), not a file"); null for a regular file. */
export function notAFile(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe), not a file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device, not a file';
  if (info.isSocket()) return 'a socket, not a file';
  return 'not a regular file';
}

/** An errno as words. */
export function errorReason(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'ELOOP') return 'symbolic link loop';
  return err.code ?? err.message;
}

/** The reused read buffer's size (one per thread: the read below never awaits, so it is never shared). */
const SCRATCH = 1 << 16;
const scratch = Buffer.allocUnsafe(SCRATCH);

/**
 * Read a regular file, refusing anything else and anything over `maxBytes`. Synchronous on purpose:
 * the engine is synchronous anyway, and the first async fs call starts libuv's thread pool, which
 * cost more than the whole analysis of a note in the CLI's start-up.
 */
export async function readFileBounded(file: string, maxBytes: number): Promise<Bytes> {
  let fd: number | null = null;
  try {
    // Open first, then fstat the descriptor: what is checked is what is read. O_NONBLOCK keeps open()
    // of a FIFO from waiting for a writer; the fstat then refuses it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    const why = notAFile(info);
    if (why) return { reason: why };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Sized from fstat (one read for a regular file), at least 64 KB for files that report 0 (procfs).
      const want = Math.min(Math.max(info.size + 1, SCRATCH), maxBytes + 1 - total);
      // Reads that fit go through one reused buffer: a fresh 64 KB per read (two per file, the second
      // finding the end) cost more than reading a few-KB note itself.
      const buf = want <= SCRATCH ? scratch : Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      chunks.push(buf === scratch ? Buffer.from(buf.subarray(0, n)) : buf.subarray(0, n));
      total += n;
      if (total > maxBytes) return { reason: `larger than ${mb(maxBytes)}` };
    }
    return { bytes: Buffer.concat(chunks) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    // open() of a directory succeeds on Linux but read() fails: report it as what it is.
    if (e.code === 'EISDIR') return { reason: 'is a directory' };
    return { reason: errorReason(e) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Read standard input up to `maxBytes`, then stop reading (an endless pipe is refused, not buffered). */
export async function readStdinBounded(maxBytes: number, input: NodeJS.ReadableStream = process.stdin): Promise<Bytes> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) {
      (input as NodeJS.ReadStream).destroy?.();
      return { reason: `larger than ${mb(maxBytes)}` };
    }
    chunks.push(b);
  }
  return { bytes: Buffer.concat(chunks) };
}

/** True when the bytes look binary (NUL bytes, or invalid UTF-8 in a large share). */
export function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const text = head.toString('utf8');
  const bad = text.split('\uFFFD').length - 1;
  return bad > 8 && bad / Math.max(1, text.length) > 0.02;
}
