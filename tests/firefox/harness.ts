/**
 * Firefox ESR driven over WebDriver BiDi (puppeteer-core, no bundled browser) with the Firefox build
 * installed as a temporary add-on, plus the loopback server the Chromium e2e uses for fixture pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type StaticServer, serveStatic } from '../../lib/launch/static-server';
import { clearLeftoverTestPolicy } from './policy-file';

/** Debian's Firefox ESR (`apt-get install firefox-esr`), or FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build `npm run build` writes. */
export const ADDON_DIR = path.resolve('.output/firefox-mv2');
/**
 * The moz-extension host is random per profile unless the profile fixes it: this pref maps the
 * add-on id to a known UUID so tests can open its pages and recognise its frames.
 */
export const ADDON_UUID = '7e1e7a2c-0d3e-4c5b-9a61-3f0c2b7d9e11';
/** Origin of the add-on's own pages (options, popup, sidebar). */
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** The gecko id the build declares (policies.json is keyed by it). */
export function addonId(): string {
  const manifest = JSON.parse(readFileSync(path.join(ADDON_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Why the Firefox suite cannot run here, or undefined when it can. */
export function skipReason(): string | undefined {
  if (!existsSync(FIREFOX_PATH))
    return `no Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr, or set FIREFOX_PATH`;
  if (!existsSync(path.join(ADDON_DIR, 'manifest.json'))) return 'no Firefox build: run npm run build first';
  return undefined;
}

export interface LaunchOptions {
  /** Extra about:config preferences for this profile. */
  prefs?: Record<string, string | number | boolean>;
}

/** Start headless Firefox ESR and install the build as a temporary add-on (BiDi webExtension.install). */
export async function launchFirefox(options: LaunchOptions = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // BiDi refuses to navigate a tab to a moz-extension: URL unless the session may reach
    // privileged pages; opening the options page and the popup in a tab needs it (nothing else
    // here uses it: every check reads web or extension documents, never chrome ones).
    args: ['--remote-allow-system-access'],
    // Lets the test profile's remote-settings server (puppeteer's dummy.test) replace Mozilla's, so
    // the browser does not poll firefox.settings.services.mozilla.com during the tests.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: ADDON_UUID }),
      ...options.prefs,
    },
  });
  try {
    const id = await browser.installExtension(ADDON_DIR);
    if (id !== addonId()) throw new Error(`installed add-on id ${id}, expected ${addonId()}`);
    return browser;
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Open one of the add-on's pages (e.g. `options.html`, `popup.html?tab=3`) in a new tab. Firefox
 * does not report load events for moz-extension documents over BiDi, so the navigation is not
 * awaited; instead the page is polled until its document is the requested one and loaded.
 */
export async function openAddonPage(browser: Browser, pathAndQuery: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${ADDON_ORIGIN}/${pathAndQuery}`;
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await waitFor(
    () => page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => ''),
    (state) => state === `complete ${url}`,
    `${url} to load`,
  );
  return page;
}

/** Poll `read` until `ok` holds; on timeout, fail with what was last read. */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    }
    await sleep(100);
  }
}

/** Wait `ms` milliseconds (only to let a page settle before asserting that nothing appeared). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Type like a person: real key events with a small delay. */
export async function typeLikeAPerson(page: Page, text: string, delay = 5): Promise<void> {
  await page.keyboard.type(text, { delay });
}

export interface FixtureServer extends StaticServer {
  /** Every path the server was asked for, in order. */
  requests: string[];
}

/** The demo EHR, the e2e fixture pages and node_modules (for the editors) on a loopback port. */
export async function serveFixtures(): Promise<FixtureServer> {
  const server = await serveStatic({
    '/demo/': path.resolve('assets/demo'),
    '/node_modules/': path.resolve('node_modules'),
    '/': path.resolve('tests/e2e/pages'),
  });
  const requests: string[] = [];
  server.server.on('request', (req) => requests.push(req.url ?? ''));
  return { ...server, requests };
}

/** The slice of the WebExtension API the tests call from the add-on's own pages. */
export interface AddonApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  storage: {
    local: { get(keys?: string | string[] | null): Promise<Record<string, unknown>> };
    managed: { get(): Promise<Record<string, unknown>> };
  };
}

/** An add-on page's global scope, where `browser` is the WebExtension API. */
export type AddonGlobal = { browser: AddonApi };

/** The demo's therapeutic-activities note (97530, 12 min, 1 CMS unit) the page and policy tests type. */
export const TA_NOTE = 'TA (12 min): sit to stand from low chair x10 to simulate toilet transfers, min A.';

/**
 * The tab id of `page` as the add-on sees it. Without the `tabs` permission the add-on cannot see
 * tab URLs, so every other tab is closed first and the id is the one tab that is not `addonPage`.
 */
export async function tabIdOf(browser: Browser, page: Page, addonPage: Page): Promise<number> {
  for (const p of await browser.pages()) if (p !== page && p !== addonPage) await p.close();
  const ids = await addonPage.evaluate(async () => {
    const api = (globalThis as unknown as AddonGlobal).browser;
    const me = (await api.tabs.getCurrent())?.id;
    return (await api.tabs.query({})).map((t) => t.id).filter((id) => id !== me);
  });
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`expected one web tab, found ${ids}`);
  return ids[0];
}

/** Open the toolbar popup's page in a tab, pointed at `page`'s tab with `?tab=` (as the Chromium e2e does). */
export async function openPopupFor(browser: Browser, page: Page): Promise<Page> {
  const probe = await openAddonPage(browser, 'popup.html');
  const tabId = await tabIdOf(browser, page, probe);
  await probe.close();
  return openAddonPage(browser, `popup.html?tab=${tabId}`);
}

/** Text of the element with `data-testid` in a document (empty when absent). */
export function testIdText(page: Page, testId: string): Promise<string> {
  return page.evaluate(
    (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '',
    testId,
  );
}

/** One Firefox and one fixture server for a test file, and a fresh tab per fixture page. */
export class Session {
  browser!: Browser;
  server!: FixtureServer;
  private tab: Page | undefined;

  /** Open `path` of the fixture server in a new tab (closing the previous one); `host` replaces 127.0.0.1. */
  async open(path: string, host = '127.0.0.1'): Promise<Page> {
    await this.tab?.close().catch(() => undefined);
    this.tab = await this.browser.newPage();
    const url = new URL(path, this.server.url);
    url.hostname = host;
    await this.tab.goto(url.href);
    return this.tab;
  }
}

/**
 * Launch Firefox (and the server) before the file's tests, close both after. `options` may be
 * computed once the fixture server is up (e.g. a proxy in front of it).
 */
export function useFirefox(options: LaunchOptions | ((server: FixtureServer) => Promise<LaunchOptions>) = {}): Session {
  const session = new Session();
  before(async () => {
    clearLeftoverTestPolicy(); // a killed managed-policy run must not steer this Firefox
    session.server = await serveFixtures();
    session.browser = await launchFirefox(typeof options === 'function' ? await options(session.server) : options);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
