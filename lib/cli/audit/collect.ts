/**
 * Find and read the notes an audit covers: folders are walked recursively for .txt/.md/.html/.htm;
 * files named on the command line are read whatever their extension. Everything that cannot be
 * analysed is listed with a reason instead of stopping the audit.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { htmlToText } from '../html-text';
import { looksBinary } from '../read-input';

/** Per-file limit for audit: a daily note is a few KB; 10 MB is an export gone wrong, not a note. */
export const AUDIT_MAX_FILE_BYTES = 10 * 1024 * 1024;
const NOTE_EXT = /\.(txt|md|html?)$/i;

/** A note read and ready for analysis (HTML already turned into text). */
export interface NoteFile {
  file: string;
  text: string;
}
/** A file the audit could not analyse, and why. */
export interface Skipped {
  file: string;
  reason: string;
}
/** What collecting found: the notes and the skipped files. */
export interface Collected {
  notes: NoteFile[];
  skipped: Skipped[];
}

/** Collect the notes under the given folders/files, in a stable (sorted) order; `onRead(done, total)` after each file. */
export async function collectNotes(
  inputs: readonly string[],
  onRead: (done: number, total: number) => void = () => {},
): Promise<Collected> {
  const candidates: string[] = [];
  const skipped: Skipped[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) skipped.push({ file: input, reason: errorReason(info) });
    else if (info.isDirectory()) await walk(input, candidates, skipped);
    else candidates.push(input);
  }
  const notes: NoteFile[] = [];
  // Reading dominates an audit's time (analysis is ~1 ms a note), so progress follows the reads:
  // 0/n before the first, then a tick after each, so the bar ends at n/n.
  onRead(0, candidates.length);
  for (const [i, file] of candidates.entries()) {
    const r = await readNote(file);
    if ('text' in r) notes.push(r);
    else skipped.push(r);
    onRead(i + 1, candidates.length);
  }
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { notes, skipped };
}

async function walk(dir: string, found: string[], skipped: Skipped[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => e);
  if (entries instanceof Error) {
    skipped.push({ file: dir, reason: `folder ${errorReason(entries)}` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    // Hidden entries (.git, .DS_Store) are tool files, never notes.
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    // Symlinked folders are not followed (no cycles); a symlink to a note is read through.
    if (e.isDirectory()) await walk(full, found, skipped);
    else if (!NOTE_EXT.test(e.name)) skipped.push({ file: full, reason: 'not a note file (.txt, .md, .html, .htm)' });
    else found.push(full);
  }
}

/** Read one note, or say why it is skipped ("binary file", "empty", "larger than 10 MB", …). */
export async function readNote(file: string): Promise<NoteFile | Skipped> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { file, reason: 'a folder named like a note' };
    if (!info.isFile()) return { file, reason: 'not a regular file' };
    if (info.size > AUDIT_MAX_FILE_BYTES)
      return { file, reason: `larger than ${AUDIT_MAX_FILE_BYTES / 1024 / 1024} MB` };
    const bytes = await readFile(file);
    if (looksBinary(bytes)) return { file, reason: 'binary file' };
    const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const text = /\.html?$/i.test(file) ? htmlToText(raw) : raw;
    if (text.trim() === '') return { file, reason: 'empty' };
    return { file, text };
  } catch (err) {
    return { file, reason: errorReason(err as NodeJS.ErrnoException) };
  }
}

function errorReason(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'cannot be read: missing (or a broken link)';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'cannot be read: permission denied';
  if (err.code === 'ELOOP') return 'cannot be read: symbolic link loop';
  return `cannot be read (${err.code ?? err.message})`;
}
