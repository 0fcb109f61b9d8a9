/** Content-script bundle size: gzip -9 of the built file, with node's zlib (what a store download costs). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budget from design.md §5: the sidebar UI (Preact) lives in its own extension page, not here. */
export const BUNDLE_BUDGET_BYTES = 15 * 1024;

/** Raw and gzip -9 sizes of a built file, or null when it is missing. */
export function gzipSize(file: string): { raw: number; gzip: number } | null {
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The content script and its stylesheet (none since the sidebar became an extension page: shown if one appears). */
export function contentScriptSizes(extDir: string) {
  return {
    js: gzipSize(path.join(extDir, 'content-scripts/editor.js')),
    css: gzipSize(path.join(extDir, 'content-scripts/editor.css')),
  };
}
