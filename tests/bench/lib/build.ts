/** Build the extension for the benches when .output/chrome-mv3 is missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** True when the build marks its steps (made with WXT_E2E_HOOKS=1: lib/messaging/step-marks.ts). */
export function hasStepMarks(extDir: string): boolean {
  const bg = path.join(extDir, 'background.js');
  return existsSync(bg) && readFileSync(bg, 'utf8').includes('performance.mark(');
}

/**
 * Run `npx wxt build` when needed (`steps`: a build with the step marks, WXT_E2E_HOOKS=1; without
 * it, a build without them); throws when the build fails. Returns what it did, for the report.
 */
export function ensureFreshBuild(extDir: string, steps = false): string {
  const reason =
    staleReason(extDir) ??
    (hasStepMarks(extDir) !== steps ? `the build ${steps ? 'lacks' : 'has'} the step marks` : null);
  if (!reason) return `extension build is up to date${steps ? ' (with step marks)' : ''}`;
  const env = { ...process.env, WXT_E2E_HOOKS: steps ? '1' : '' };
  const res = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env });
  if (res.status !== 0) throw new Error(`npx wxt build failed (${reason})`);
  return `built the extension${steps ? ' with step marks' : ''} (${reason})`;
}
