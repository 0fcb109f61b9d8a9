/**
 * Firefox ESR: while notes are typed on the demo EHR and a page that lures with links, a form and
 * URLs in the note, with the popup and the options page open, the browser makes no request to any
 * network address and loads only the fixture pages' own files from loopback; no note text is in
 * the add-on's storage.
 *
 * Every request goes through a recording proxy (Firefox's proxy settings cover the add-on's
 * background page, which WebDriver BiDi's network events do not). A canary fetched from an add-on
 * page at the end proves the proxy sees the add-on's own requests, so the empty log can fail.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import {
  type AddonApi,
  openAddonPage,
  openPopupFor,
  skipReason,
  testIdText,
  typeLikeAPerson,
  useFirefox,
  waitFor,
} from './harness';
import { hostOf, proxyPrefs, type RecordingProxy, recordingProxy } from './proxy';
import { expectSidebar } from './sidebar';

const MARKER = 'Zanzibar-quokka';
/** What the fixture pages themselves load. */
const PAGE_RESOURCES = ['/demo/ehr.html', '/lure.html', '/favicon.ico'];
/**
 * Firefox's own services that a test profile still contacts (puppeteer points them at dummy.test):
 * the browser's traffic, not the add-on's.
 */
const BROWSER_SERVICE_HOST = /^dummy\.test(:\d+)?$/;
const CANARY = 'http://canary.theracode.invalid/from-addon-page';

type AddonGlobal = { browser: AddonApi & { storage: Record<'sync' | 'session', AddonApi['storage']['local']> } };

describe('Firefox: no network requests, no stored note text', { skip: skipReason(), timeout: 600_000 }, () => {
  let proxy: RecordingProxy;
  const ff = useFirefox(async (server) => {
    proxy = await recordingProxy(Number(new URL(server.url).port));
    return { prefs: proxyPrefs(proxy.port) };
  });
  after(() => proxy?.close());

  async function typeNote(path: string, field: string, note: string, code: string, minutes: number): Promise<Page> {
    const page = await ff.open(path);
    await page.click(field);
    await typeLikeAPerson(page, note, 2);
    await expectSidebar(page, { code, minutes });
    return page;
  }

  test('a session of typing, the popup and the options page makes no off-loopback request', async () => {
    await typeNote(
      '/demo/ehr.html',
      '#objective',
      `TA (12 min): sit to stand x10 to simulate toilet transfers, min A. ${MARKER} http://collector.invalid/leak`,
      '97530',
      12,
    );
    const lure = await typeNote(
      '/lure.html',
      '#note',
      `Ther ex 15 min: LAQ 3x10 for quad strength <img src="http://collector.invalid/x.png"> ${MARKER}`,
      '97110',
      15,
    );
    await lure.click('#rich');
    await typeLikeAPerson(lure, ` balance training on foam 10 min for proprioception ${MARKER}`, 2);
    await expectSidebar(lure, { code: '97112', minutes: 10 });

    const popup = await openPopupFor(ff.browser, lure);
    await waitFor(
      () => testIdText(popup, 'popup-suggested'),
      (t) => t.includes('97112'),
      'the popup’s code',
    );
    const options = await openAddonPage(ff.browser, 'options.html');
    await options.waitForSelector('[data-testid="setting-unitRule"]');
    await lure.bringToFront();
    await lure.click('#rich');
    await typeLikeAPerson(lure, ' Pt tolerated well.', 2);
    await expectSidebar(lure, { code: '97112', minutes: 10 });

    // the proxy saw the pages (it is live), and off loopback nothing but Firefox's own services
    const loopback = proxy.log.filter((l) => hostOf(l).startsWith('127.0.0.1'));
    const paths = loopback.map((l) => new URL(l.split(' ')[1] as string).pathname);
    assert.ok(paths.includes('/lure.html'), `the proxy saw the fixture pages: ${paths}`);
    assert.deepEqual(
      paths.filter((p) => !PAGE_RESOURCES.includes(p)),
      [],
      'loopback: only the pages’ own files',
    );
    const offLoopback = proxy.log.filter((l) => !hostOf(l).startsWith('127.0.0.1'));
    assert.deepEqual(
      offLoopback.filter((l) => !BROWSER_SERVICE_HOST.test(hostOf(l))),
      [],
      'no request to any network address',
    );
    assert.ok(!proxy.log.join('\n').includes('collector.invalid'), 'links in the note and page are never followed');
    console.log(
      `off loopback: ${offLoopback.length} remote-settings polls by Firefox itself to dummy.test, none by the add-on`,
    );

    // nothing of the note in storage.local, sync or session
    const stored = await options.evaluate(async () => {
      const api = (globalThis as unknown as AddonGlobal).browser;
      return JSON.stringify([
        await api.storage.local.get(null),
        await api.storage.sync.get(null),
        await api.storage.session.get(null),
      ]);
    });
    for (const words of [MARKER, 'quad strength', 'toilet transfers', 'proprioception', 'tolerated well']) {
      assert.ok(!stored.includes(words), `storage holds "${words}"`);
    }

    // the canary: an add-on page's request reaches the proxy, so the empty log above could have failed
    await options.evaluate(
      (url: string) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      CANARY,
    );
    await waitFor(
      async () => proxy.log.slice(),
      (log) => log.some((l) => l.includes('canary.theracode.invalid')),
      'the canary request in the proxy log',
    );
    await popup.close();
    await options.close();
  });
});
