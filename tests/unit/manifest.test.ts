/**
 * The manifest asks for the fewest permissions that work and allows no remote code (issue #8).
 * Checked on wxt.config.ts's manifest function (no build needed) and, when present, on the built
 * manifests in .output. A new permission must be added to ALLOWED_PERMISSIONS on purpose, with why.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

/**
 * Every permission the extension may ask for, and why. Anything else fails this test.
 * - storage: settings in storage.sync/local and the clinic's policy in storage.managed.
 * - contextMenus: "Analyse with TheraCode" on a selection and "Review this page" (review mode).
 */
const ALLOWED_PERMISSIONS: readonly string[] = ['storage', 'contextMenus'];

/** Named so a failure says what went wrong; the allow-list above already rejects them. */
const NEVER = [
  'tabs',
  'scripting',
  'webRequest',
  'webRequestBlocking',
  'debugger',
  'nativeMessaging',
  'cookies',
  'history',
  '<all_urls>',
];

/**
 * Manifest keys that would widen what the extension reaches or runs. Any `content_security_policy`
 * fails: the browser's default extension CSP (packaged scripts only, no eval, no remote hosts) is the one we want.
 */
const FORBIDDEN_KEYS = [
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'externally_connectable',
  'sandbox',
  'content_security_policy',
  'update_url',
];

/** The only file pages may load from the extension: the sidebar page, which the overlay frames into the EHR page (design.md §3.3). */
const WEB_ACCESSIBLE = ['sidebar.html'];

type Manifest = Record<string, unknown> & { permissions?: string[] };

async function configManifest(browser: string, manifestVersion: 2 | 3): Promise<Manifest> {
  const m = config.manifest;
  const env = { browser, manifestVersion, mode: 'production', command: 'build' as const };
  return (typeof m === 'function' ? await m(env) : await m) as Manifest;
}

function builtManifest(dir: string): Manifest | null {
  const file = path.join('.output', dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : null;
}

/** The checks every manifest (source or built) must pass. */
function expectMinimal(manifest: Manifest): void {
  const permissions = manifest.permissions ?? [];
  for (const p of permissions) {
    expect(NEVER, `permission ${p} is never needed`).not.toContain(p);
    expect(p, 'a host pattern in permissions').not.toMatch(/:\/\/|^\*|<all_urls>/);
    expect(ALLOWED_PERMISSIONS, `permission ${p} is not in the allow-list`).toContain(p);
  }
  for (const key of FORBIDDEN_KEYS) expect(manifest, `manifest key ${key}`).not.toHaveProperty(key);
}

describe('manifest (wxt.config.ts)', () => {
  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)('%s MV%i asks only for allow-listed permissions, no hosts, no CSP relaxation', async (browser, mv) => {
    const manifest = await configManifest(browser, mv);
    expect(manifest.permissions?.length, 'permissions are declared').toBeGreaterThan(0);
    expectMinimal(manifest);
  });

  it('rejects what it should (the checks can fail)', () => {
    for (const bad of [
      { permissions: ['storage', 'tabs'] },
      { permissions: ['https://*/*'] },
      { permissions: ['storage'], host_permissions: ['<all_urls>'] },
      { permissions: ['storage'], content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } },
    ])
      expect(() => expectMinimal(bad), JSON.stringify(bad)).toThrow();
  });
});

describe.each(['chrome-mv3', 'firefox-mv2'])('built manifest .output/%s', (dir) => {
  const manifest = builtManifest(dir);
  it.skipIf(!manifest)('has the same minimal permissions and loads no remote code', () => {
    if (!manifest) return;
    expectMinimal(manifest);
    const scripts = JSON.stringify([manifest.background, manifest.content_scripts]);
    expect(scripts, 'scripts come from the package, not a URL').not.toMatch(/https?:\/\//);
    const war = (manifest.web_accessible_resources ?? []) as ({ resources: string[] } | string)[];
    const resources = war.flatMap((w) => (typeof w === 'string' ? [w] : w.resources));
    expect(resources.filter((r) => !WEB_ACCESSIBLE.includes(r))).toEqual([]);
    // Chromium serves it under a per-session id only, so a page cannot frame a copy of it itself
    if (dir === 'chrome-mv3') expect(war).toEqual([expect.objectContaining({ use_dynamic_url: true })]);
    // extension pages load only packaged scripts
    for (const page of readdirSync(path.join('.output', dir)).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(path.join('.output', dir, page), 'utf8');
      expect(html, page).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    }
  });
});
