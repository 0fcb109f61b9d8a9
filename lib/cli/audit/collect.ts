/**
 * Find the files an audit covers: folders are walked recursively for the note and export types of
 * read/source.ts; files named on the command line are read whatever their extension. What cannot
 * be read is listed with a reason instead of stopping the audit.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { NOTE_EXTENSIONS } from '../read/source';
import type { Skipped } from './process';

export { AUDIT_MAX_FILE_BYTES, type Skipped } from './process';

const NOTE_EXT = new RegExp(`\\.(${NOTE_EXTENSIONS.join('|')})$`, 'i');
const NOT_A_NOTE = `not a note file (${NOTE_EXTENSIONS.map((e) => `.${e}`).join(', ')})`;

/** The files to process (stable, sorted order) and what was skipped while listing them. */
export async function listFiles(inputs: readonly string[]): Promise<{ files: string[]; skipped: Skipped[] }> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) skipped.push({ file: input, reason: errorReason(info) });
    else if (info.isDirectory()) await walk(input, files, skipped);
    else files.push(input);
  }
  return { files, skipped };
}

async function walk(dir: string, found: string[], skipped: Skipped[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => e);
  if (entries instanceof Error) {
    skipped.push({ file: dir, reason: `folder ${errorReason(entries)}` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    // Hidden entries (.git, .DS_Store) are tool files, never notes; Office lock files (~$x.docx) neither.
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = path.join(dir, e.name);
    // Symlinked folders are not followed (no cycles); a symlink to a note is read through.
    if (e.isDirectory()) await walk(full, found, skipped);
    else if (!NOTE_EXT.test(e.name)) skipped.push({ file: full, reason: NOT_A_NOTE });
    else found.push(full);
  }
}

function errorReason(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'cannot be read: missing (or a broken link)';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'cannot be read: permission denied';
  if (err.code === 'ELOOP') return 'cannot be read: symbolic link loop';
  return `cannot be read (${err.code ?? err.message})`;
}
