/**
 * Keep npm's hidden lockfile (node_modules/.package-lock.json) valid after our install steps.
 *
 * npm writes it at the end of `npm install` / `npm ci`, BEFORE the root package's own postinstall,
 * and trusts it later only while no folder it walks (node_modules itself, each package folder) is
 * newer than it. Our postinstall and the dev tools then create cache folders directly in
 * node_modules — `.cache` (jiti, when `wxt prepare` or a build loads wxt.config.ts), `.vite` and
 * `.vite-temp` (vite and vitest) — which changes node_modules' own mtime, so every later npm command
 * that loads the tree (`npx theracode` does, twice) read all ~1,000 packages again: 1.5 s or more.
 * npm skips dot-folders when it checks, so the fix is: create those caches now, then give the lockfile
 * a fresh time — but only when nothing but dot entries changed since npm wrote it.
 */
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

/** Cache folders the repository's tools create in node_modules (see above). */
export const TOOL_CACHES = ['.cache', '.vite', '.vite-temp'];

/**
 * Create the tool caches in `nodeModules` and refresh its hidden lockfile's time when npm's tree is
 * unchanged. Returns what it did: 'fresh' (lockfile re-stamped), 'changed' (a package folder is newer:
 * left for npm to notice), or 'none' (no hidden lockfile).
 */
export function keepHiddenLockfileFresh(nodeModules = 'node_modules', caches = TOOL_CACHES) {
  const lock = path.join(nodeModules, '.package-lock.json');
  if (!existsSync(lock)) return 'none';
  const written = statSync(lock).mtimeMs;
  for (const c of caches) mkdirSync(path.join(nodeModules, c), { recursive: true });
  // npm compares package folders (and scopes) with the lockfile's time; dot entries it never looks at.
  for (const e of readdirSync(nodeModules, { withFileTypes: true })) {
    if (e.name.startsWith('.') || !e.isDirectory()) continue;
    const dirs = e.name.startsWith('@')
      ? [e.name, ...readdirSync(path.join(nodeModules, e.name)).map((s) => path.join(e.name, s))]
      : [e.name];
    for (const d of dirs) if (statSync(path.join(nodeModules, d)).mtimeMs > written) return 'changed';
  }
  // Whole milliseconds, rounded up past node_modules' own time (file times are finer than Date's).
  const t = (Math.floor(Math.max(Date.now(), statSync(nodeModules).mtimeMs)) + 1) / 1000;
  utimesSync(lock, t, t);
  return 'fresh';
}
