/** Build the extension for the benches when .output/chrome-mv3 is missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What goes into the Chrome build (tests and docs do not). */
const SOURCES = ['entrypoints', 'lib', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Newest modification time (ms) under `p`, following directories. */
function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Why a rebuild is needed, or null when the build is fresh. */
export function staleReason(extDir: string, root = '.'): string | null {
  const manifest = path.join(extDir, 'manifest.json');
  if (!existsSync(manifest)) return `no build at ${extDir}`;
  const built = statSync(manifest).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** Run `npx wxt build` when needed; throws when the build fails. Returns what it did, for the report. */
export function ensureFreshBuild(extDir: string): string {
  const reason = staleReason(extDir);
  if (!reason) return 'extension build is up to date';
  const res = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`npx wxt build failed (${reason})`);
  return `built the extension (${reason})`;
}
