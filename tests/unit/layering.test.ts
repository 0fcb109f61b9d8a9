/**
 * One direction of dependencies (issue #12): contracts ← settings ← ui ← overlay ← entrypoints.
 * Settings never reach up into the UI or the overlay, the overlay (the content script's part) never
 * pulls in the sidebar UI (Preact), and the UI never reaches into the overlay.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Every import specifier of the files under `dir`. */
function imports(dir: string): { file: string; spec: string }[] {
  return files(dir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => ({ file, spec: m[1] as string })),
  );
}

test.each([
  ['lib/contracts', /\/(settings|ui|overlay|background|editors|messaging)\//],
  ['lib/settings', /\/(ui|overlay|background)\//],
  ['lib/ui', /\/overlay\//],
  ['lib/overlay', /\/ui\/|^preact/],
  ['entrypoints/editor.content', /lib\/ui\/|^preact/],
])('%s imports nothing matching %s', (dir, forbidden) => {
  const bad = imports(dir).filter(({ spec }) => forbidden.test(spec));
  expect(bad).toEqual([]);
});
