/**
 * Privacy (issue #8): while notes are typed on several pages, including one that lures with links,
 * forms and URLs in the note, the extension makes no network request, and stores no note text.
 * Any non-loopback request goes through a recording proxy; loopback requests are checked against
 * what the pages themselves load.
 */

import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, launchWithExtension } from '../../lib/launch/chromium';
import { serveStatic } from '../../lib/launch/static-server';
import { DEMO_DIR, expect, PAGES_DIR, test } from './fixtures';

const NOTE_MARKER = 'Zanzibar-quokka';
/** Chromium's own background services (updater, sign-in, autofill): the browser's traffic, not the extension's. */
const BROWSER_SERVICE_HOST = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(:\d+)?$/;

function hostOf(line: string): string {
  const target = line.split(' ')[1] ?? '';
  return target.includes('://') ? new URL(target).host : target;
}
const NOTES = [
  `TA (12 min): sit to stand x10 to simulate toilet transfers, min A. ${NOTE_MARKER} http://collector.invalid/leak`,
  `Ther ex 15 min: LAQ 3x10 for quad strength <img src="http://collector.invalid/x.png"> ${NOTE_MARKER}`,
];

test('no request leaves the machine and no note text is stored', async () => {
  test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH}`);
  test.skip(!existsSync(path.join(EXTENSION_DIR, 'manifest.json')), 'no build: run npm run build first');

  const proxied: string[] = [];
  const proxy = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    res.writeHead(404).end();
  });
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const proxyPort = (proxy.address() as { port: number }).port;

  const served: string[] = [];
  const server = await serveStatic({ '/demo/': DEMO_DIR, '/': PAGES_DIR });
  server.server.on('request', (req) => served.push(req.url ?? ''));

  const context = await launchWithExtension({
    headless: true,
    args: [`--proxy-server=http://127.0.0.1:${proxyPort}`],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const pageRequests: string[] = [];
    context.on('request', (r) => pageRequests.push(r.url()));
    const page = context.pages()[0] ?? (await context.newPage());

    await page.goto(`${server.url}/demo/ehr.html`);
    await page.locator('#objective').click();
    await page.keyboard.type(NOTES[0] as string, { delay: 2 });
    await expect(page.getByTestId('suggested-code')).toContainText('97530');

    await page.goto(`${server.url}/lure.html`);
    await page.locator('#note').click();
    await page.keyboard.type(NOTES[1] as string, { delay: 2 });
    await expect(page.getByTestId('suggested-code')).toContainText('97110');
    await page.locator('#rich').click();
    await page.keyboard.type(` balance training on foam 10 min ${NOTE_MARKER}`, { delay: 2 });
    await expect(page.getByTestId('analysis-status')).toHaveText(/ready/i);
    await page.waitForTimeout(500);

    // Nothing went to a non-loopback address except the browser's own services.
    expect(proxied.filter((line) => !BROWSER_SERVICE_HOST.test(hostOf(line)))).toEqual([]);
    expect(proxied.join('\n')).not.toContain('collector.invalid');
    // Every request a page context made (content scripts included) was the page's own load or an
    // extension-packaged resource (the sidebar's CSS).
    const foreign = pageRequests.filter((u) => !u.startsWith(server.url) && !u.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
    // On loopback, only the pages' own documents were fetched.
    expect(served.filter((u) => !['/demo/ehr.html', '/lure.html', '/favicon.ico'].includes(u))).toEqual([]);

    // No note text in any extension storage area or cache.
    const stored = await sw.evaluate(async () => {
      const areas = ['local', 'sync', 'session'] as const;
      const dump: Record<string, unknown> = {};
      // biome-ignore lint/suspicious/noExplicitAny: the service worker's global chrome API
      for (const a of areas) dump[a] = await (globalThis as any).chrome.storage[a].get(null);
      dump.caches = await caches.keys();
      return JSON.stringify(dump);
    });
    expect(stored).not.toContain(NOTE_MARKER);
    expect(stored).not.toContain('quad strength');
  } finally {
    await context.close();
    await server.close();
    proxy.close();
  }
});
