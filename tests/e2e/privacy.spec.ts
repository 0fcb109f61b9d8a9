/**
 * Privacy (issue #8): while notes are typed on three pages (a plain EHR, one that lures with links,
 * forms and URLs in the note, and a Quill rich editor) and the popup and options page are open, no
 * extension context (service worker, extension pages, content scripts) makes a network request,
 * and no note text is stored anywhere the extension can write.
 *
 * Recorders: every HTTP request the browser makes goes through a recording proxy (loopback included,
 * forwarded to the fixture server); Playwright's request events (pages, extension pages, frames,
 * content scripts and the service worker); and the web page's own Resource Timing. A canary fetched by the test from the
 * service worker at the end proves the proxy and Playwright see that context.
 */

import { existsSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import path from 'node:path';
import type { BrowserContext, Page, Request, Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, launchWithExtension } from '../../lib/launch/chromium';
import { serveStatic } from '../../lib/launch/static-server';
import { DEMO_DIR, expect, PAGES_DIR, sidebar, test } from './fixtures';

declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(k: null): Promise<Record<string, unknown>> }>;
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

const NOTE_MARKER = 'Zanzibar-quokka';
/** Chromium's own background services (updater, sign-in, autofill): the browser's traffic, not the extension's. */
const BROWSER_SERVICE_HOST = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(:\d+)?$/;
const NOTES = [
  `TA (12 min): sit to stand x10 to simulate toilet transfers, min A. ${NOTE_MARKER} http://collector.invalid/leak`,
  `Ther ex 15 min: LAQ 3x10 for quad strength <img src="http://collector.invalid/x.png"> ${NOTE_MARKER}`,
  `Neuro re-ed 10 min: single leg stance on foam for balance and proprioception ${NOTE_MARKER} https://collector.invalid/q`,
];
/** What the fixture pages themselves load (documents and the Quill editor's own files). */
const PAGE_RESOURCES = [
  '/demo/ehr.html',
  '/lure.html',
  '/quill.html',
  '/node_modules/quill/dist/quill.js',
  '/node_modules/quill/dist/quill.snow.css',
  '/favicon.ico',
];

/** A forward proxy that records every request line and passes loopback GETs on to the fixture server. */
async function recordingProxy(serverPort: number) {
  const log: string[] = [];
  const proxy = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://unknown/');
    if (url.hostname !== '127.0.0.1' || Number(url.port) !== serverPort) return void res.writeHead(404).end();
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: serverPort,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  return { log, port: (proxy.address() as { port: number }).port, close: () => proxy.close() };
}

function hostOf(line: string): string {
  const target = line.split(' ')[1] ?? '';
  return target.includes('://') ? new URL(target).host : target;
}

/** Who made a request, as Playwright sees it. */
function origin(r: Request): string {
  if (r.serviceWorker()) return `service-worker ${r.serviceWorker()?.url()}`;
  try {
    return r.frame().url();
  } catch {
    return 'unknown';
  }
}

/** Resource Timing of a context: every fetch it made (script chunks of extension pages included). */
function resourceEntries(target: Page | Worker): Promise<string[]> {
  const read = () => performance.getEntriesByType('resource').map((e) => e.name);
  return 'goto' in target ? target.evaluate(read) : target.evaluate(read);
}

/** Everything the extension can persist, as one string to search for note text. */
async function extensionStorage(sw: Worker, extPages: Page[]): Promise<string> {
  const fromWorker = await sw.evaluate(async () => {
    const dump: Record<string, unknown> = {};
    for (const a of ['local', 'sync', 'session'] as const) dump[a] = await chrome.storage[a].get(null);
    const cacheDump: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const entries: string[] = [];
      for (const req of await cache.keys()) entries.push(req.url, await ((await cache.match(req))?.text() ?? ''));
      cacheDump[name] = entries;
    }
    dump.caches = cacheDump;
    dump.indexedDB = (await indexedDB.databases()).map((d) => d.name);
    return JSON.stringify(dump);
  });
  const fromPages = await Promise.all(
    extPages.map((p) =>
      p.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })),
    ),
  );
  return [fromWorker, ...fromPages].join('\n');
}

async function typeNote(page: Page, url: string, field: string, note: string, code: string): Promise<void> {
  await page.goto(url);
  await page.locator(field).click();
  await page.keyboard.type(note, { delay: 2 });
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText(code);
}

test('no extension context makes a request and no note text is stored', async () => {
  test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH}`);
  test.skip(!existsSync(path.join(EXTENSION_DIR, 'manifest.json')), 'no build: run npm run build first');
  test.setTimeout(90_000);

  const server = await serveStatic({
    '/demo/': DEMO_DIR,
    '/node_modules/': path.resolve('node_modules'),
    '/': PAGES_DIR,
  });
  const serverPort = Number(new URL(server.url).port);
  const proxy = await recordingProxy(serverPort);
  let context: BrowserContext | null = null;
  try {
    context = await launchWithExtension({
      headless: true,
      // <-loopback> takes loopback off Chromium's implicit bypass list: every request meets the proxy
      args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
    });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    const extOrigin = `chrome-extension://${extensionId}/`;
    const seen: { url: string; by: string }[] = [];
    context.on('request', (r) => seen.push({ url: r.url(), by: origin(r) }));
    const page = context.pages()[0] ?? (await context.newPage());

    await typeNote(page, `${server.url}/demo/ehr.html`, '#objective', NOTES[0] as string, '97530');
    await typeNote(page, `${server.url}/lure.html`, '#note', NOTES[1] as string, '97110');
    await page.locator('#rich').click();
    await page.keyboard.type(` balance training on foam 10 min ${NOTE_MARKER}`, { delay: 2 });
    await expect((await sidebar(page)).getByTestId('analysis-status')).toHaveText(/ready/i);
    await typeNote(page, `${server.url}/quill.html`, '#note .ql-editor', NOTES[2] as string, '97112');

    // the popup (pointed at the note's tab) and the options page, open during the session
    const tabs = await sw.evaluate(() => chrome.tabs.query({}));
    const popup = await context.newPage();
    await popup.goto(`${extOrigin}popup.html?tab=${tabs[0]?.id}`);
    await expect(popup.getByTestId('popup-suggested')).toContainText('97112');
    const options = await context.newPage();
    await options.goto(`${extOrigin}options.html`);
    await expect(options.locator('body')).toContainText(/TheraCode/i);
    await page.bringToFront();
    await page.keyboard.type(' Pt tolerated well.', { delay: 2 });
    await expect((await sidebar(page)).getByTestId('analysis-status')).toHaveText(/ready/i);
    await page.waitForTimeout(500);

    // 1. The proxy: only the pages' own files, and nothing to a non-loopback address but the browser's services.
    const offLoopback = proxy.log.filter((l) => !hostOf(l).startsWith('127.0.0.1'));
    expect(offLoopback.filter((l) => !BROWSER_SERVICE_HOST.test(hostOf(l)))).toEqual([]);
    expect(proxy.log.join('\n')).not.toContain('collector.invalid');
    const loopbackPaths = proxy.log
      .filter((l) => hostOf(l).startsWith('127.0.0.1'))
      .map((l) => new URL(l.split(' ')[1] as string).pathname);
    expect(loopbackPaths).toContain('/quill.html'); // the proxy really saw loopback traffic
    expect(loopbackPaths.filter((p) => !PAGE_RESOURCES.includes(p))).toEqual([]);

    // 2. Playwright: the worker made none; extension pages loaded only their own packaged files; web
    //    pages (content scripts included) only the fixture server and the sidebar's packaged CSS (a
    //    web-accessible resource under a per-session chrome-extension://<uuid>/ URL: not the network).
    expect(seen.filter((r) => r.by.startsWith('service-worker'))).toEqual([]);
    expect(seen.some((r) => r.by.startsWith(`${extOrigin}popup.html`))).toBe(true); // extension pages are recorded
    expect(seen.filter((r) => r.by.startsWith(extOrigin) && !r.url.startsWith(extOrigin))).toEqual([]);
    expect(seen.filter((r) => !r.url.startsWith(server.url) && !r.url.startsWith('chrome-extension://'))).toEqual([]);

    // 3. The web page's own Resource Timing (content scripts' fetches land there too): live, since the
    //    Quill page's own files are listed, and nothing else.
    const pageEntries = await resourceEntries(page);
    expect(pageEntries).toContain(`${server.url}/node_modules/quill/dist/quill.js`);
    expect(pageEntries.filter((u) => !u.startsWith(server.url))).toEqual([]);

    // 4. No note text in storage.local/sync/session, CacheStorage, IndexedDB or extension pages' web storage.
    const stored = await extensionStorage(sw, [popup, options]);
    for (const words of [NOTE_MARKER, 'quad strength', 'toilet transfers', 'proprioception', 'tolerated well'])
      expect(stored).not.toContain(words);

    // Canary: a request the test itself makes from the service worker is seen by both recorders,
    // so the zero counts above are not blind spots.
    await sw.evaluate(
      (u) =>
        fetch(u).then(
          () => undefined,
          () => undefined,
        ),
      `${server.url}/canary-from-sw`,
    );
    await expect.poll(() => proxy.log.some((l) => l.includes('/canary-from-sw'))).toBe(true);
    await expect
      .poll(() => seen.some((r) => r.url.endsWith('/canary-from-sw') && r.by.startsWith('service-worker')))
      .toBe(true);
  } finally {
    await context?.close();
    await server.close();
    proxy.close();
  }
});
