/** npm's hidden lockfile stays valid when only tool caches (dot folders) were added after npm wrote it. */
import { existsSync, mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs (it runs at install time, before any TypeScript tooling)
import { keepHiddenLockfileFresh } from '../../lib/cli/hidden-lockfile.mjs';

/** A node_modules as npm leaves it: packages and a scope, all older than the lockfile written last. */
function installed(): { nm: string; lock: string } {
  const nm = path.join(mkdtempSync(path.join(os.tmpdir(), 'tc-lock-')), 'node_modules');
  for (const d of ['acorn', '@scope/pkg', '.bin']) mkdirSync(path.join(nm, d), { recursive: true });
  const old = new Date(Date.now() - 60_000);
  for (const d of ['acorn', '@scope/pkg', '@scope', '.bin']) utimesSync(path.join(nm, d), old, old);
  const lock = path.join(nm, '.package-lock.json');
  writeFileSync(lock, '{}');
  const written = new Date(Date.now() - 30_000);
  utimesSync(lock, written, written);
  // Then the postinstall's tools add a cache: node_modules itself is now newer than the lockfile.
  mkdirSync(path.join(nm, '.cache', 'jiti'), { recursive: true });
  return { nm, lock };
}

describe('keepHiddenLockfileFresh', () => {
  it('creates the tool caches and re-stamps the lockfile when only dot entries are newer', () => {
    const { nm, lock } = installed();
    expect(statSync(nm).mtimeMs).toBeGreaterThan(statSync(lock).mtimeMs);
    expect(keepHiddenLockfileFresh(nm)).toBe('fresh');
    for (const c of ['.cache', '.vite', '.vite-temp']) expect(existsSync(path.join(nm, c))).toBe(true);
    // What npm checks: node_modules (and every package folder) no newer than the lockfile.
    expect(statSync(lock).mtimeMs).toBeGreaterThanOrEqual(statSync(nm).mtimeMs);
  });

  it('leaves the lockfile stale when a package folder (or a scoped one) changed after npm wrote it', () => {
    for (const changed of ['acorn', '@scope/pkg']) {
      const { nm, lock } = installed();
      const before = statSync(lock).mtimeMs;
      writeFileSync(path.join(nm, changed, 'patched.js'), '');
      expect(keepHiddenLockfileFresh(nm)).toBe('changed');
      expect(statSync(lock).mtimeMs).toBe(before);
    }
  });

  it('does nothing without a hidden lockfile (a package installed from its tarball)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-lock-'));
    expect(keepHiddenLockfileFresh(path.join(dir, 'node_modules'))).toBe('none');
    expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
  });
});
