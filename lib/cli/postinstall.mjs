/**
 * `npm install` / `npm ci` in the repository: WXT's generated types, then the CLI bundle (so `npx
 * theracode` works right after install), then npm's hidden lockfile is kept valid (hidden-lockfile.mjs).
 * Installed from a tarball (`npm pack`, `npm install -g`), the package ships the bundle and has no
 * dev dependencies: nothing to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { keepHiddenLockfileFresh } from './hidden-lockfile.mjs';

const steps = [
  ['node_modules/wxt', ['npx', ['wxt', 'prepare']]],
  ['node_modules/esbuild', [process.execPath, ['lib/cli/build.mjs']]],
];
for (const [needs, [cmd, args]] of steps) {
  if (!existsSync(needs)) continue;
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
keepHiddenLockfileFresh();
