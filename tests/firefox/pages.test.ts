/**
 * Firefox ESR: the add-on's own pages opened at their moz-extension URLs — the popup (the tab's
 * code, "Review this page", the per-site switch) and the options page (a setting saved through the
 * background takes effect in the sidebar; an invalid one is refused).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import {
  type AddonGlobal,
  openAddonPage,
  openPopupFor,
  skipReason,
  sleep,
  TA_NOTE,
  testIdText,
  typeLikeAPerson,
  useFirefox,
  waitFor,
} from './harness';
import { expectSidebar, hasSidebarHost, waitForSidebar } from './sidebar';

/** Wait for a popup element's text to match. */
function popupText(popup: Page, testId: string, re: RegExp): Promise<string> {
  return waitFor(
    () => testIdText(popup, testId),
    (t) => re.test(t),
    `popup ${testId} to match ${re}`,
  );
}

/** The chart note's analysis (tests/e2e/pages/chart.html), as the Chromium review e2e expects it. */
async function expectChartAnalysis(page: Page): Promise<void> {
  const s = await expectSidebar(page, { code: '97110', minutes: 18 });
  const row = (code: string) => s.rows.find((r) => r.code === code);
  assert.equal(row('97140')?.minutes, '13 min');
  assert.equal(row('97530')?.minutes, '10 min');
  assert.equal(row('97530')?.cms, '1 unit');
  assert.ok(
    s.missing.some((m) => m.code === '97530' && m.element === 'skilled-input'),
    `97530 skilled-input missing: ${JSON.stringify(s.missing)}`,
  );
}

describe('Firefox: popup, review mode and options page', { skip: skipReason(), timeout: 600_000 }, () => {
  const ff = useFirefox();

  test('the popup shows the tab’s suggested code', async () => {
    const page = await ff.open('/demo/ehr.html');
    await page.click('#objective');
    await typeLikeAPerson(page, TA_NOTE);
    await expectSidebar(page, { code: '97530', minutes: 12, cmsUnits: '1 unit' });
    const popup = await openPopupFor(ff.browser, page);
    await popupText(popup, 'popup-suggested', /97530 Therapeutic activities/);
    assert.match(await testIdText(popup, 'site-toggle'), /On for 127\.0\.0\.1/);
    assert.equal(await popup.$eval('[data-testid="site-toggle"] input', (i) => (i as HTMLInputElement).checked), true);
    await popup.close();
  });

  test('"Review this page" from the popup analyses a read-only chart', async () => {
    const page = await ff.open('/chart.html');
    assert.equal(await page.$$eval('textarea, input, [contenteditable]', (els) => els.length), 0);
    const popup = await openPopupFor(ff.browser, page);
    await popup.waitForSelector('[data-testid="review-page"]:not([disabled])');
    assert.equal(await hasSidebarHost(page), false, 'no note field in use: no sidebar yet');
    await popup.click('[data-testid="review-page"]');
    await waitForSidebar(page, (s) => s.reviewSource.startsWith('Reviewing: page text'), 'the review source');
    await expectChartAnalysis(page);
    await popup.close();
  });

  test('"Review this page" picks the note inside a same-origin iframe', async () => {
    const page = await ff.open('/chart-frame.html');
    await waitFor(
      async () =>
        page
          .frames()
          .find((f) => f.url().endsWith('/chart.html'))
          ?.evaluate(() => document.readyState),
      (state) => state === 'complete',
      'the chart iframe',
    );
    const popup = await openPopupFor(ff.browser, page);
    await popup.waitForSelector('[data-testid="review-page"]:not([disabled])');
    await popup.click('[data-testid="review-page"]');
    await waitForSidebar(page, (s) => s.reviewSource.startsWith('Reviewing: page text'), 'the review source');
    // the top frame's own text has no intervention: these codes come from the iframe's note
    await expectChartAnalysis(page);
    await popup.close();
  });

  test('options page: the AMA rule saved through the background leads the sidebar; an invalid value is refused', async () => {
    const options = await openAddonPage(ff.browser, 'options.html');
    await options.waitForSelector('[data-testid="setting-unitRule"] input[type="radio"]');
    const bad = await options.evaluate(() =>
      (globalThis as unknown as AddonGlobal).browser.runtime.sendMessage({
        type: 'setUserSettings',
        settings: { unitRule: 'fastest' },
      }),
    );
    assert.deepEqual(bad, { ok: false, error: 'malformed', detail: 'settings.unitRule: invalid' });
    // click the AMA radio as a user would
    const labels = await options.$$('[data-testid="setting-unitRule"] label');
    let clicked = false;
    for (const label of labels) {
      if ((await label.evaluate((l) => l.textContent?.trim())) === 'AMA rule') {
        await label.click();
        clicked = true;
      }
    }
    assert.ok(clicked, 'the options page offers "AMA rule"');
    await waitFor(
      () => options.evaluate(() => (globalThis as unknown as AddonGlobal).browser.storage.local.get('settings')),
      (stored) => (stored.settings as { unitRule?: string } | undefined)?.unitRule === 'ama',
      'settings.unitRule = ama in storage.local',
    );
    const page = await ff.open('/textarea.html');
    await page.click('#note');
    await typeLikeAPerson(
      page,
      'Ther ex 12 min: LAQ 3x10 for quad strength. TA 9 min: sit to stand x10 to simulate toilet transfers.',
    );
    const s = await expectSidebar(page, { code: '97110', minutes: 12 });
    // 12 + 9 min: the CMS rule gives one unit in all (to 97110), the AMA rule one per code; AMA leads
    assert.equal(s.lead, 'AMA units (in use)');
    const ta = await waitForSidebar(page, (x) => x.rows.some((r) => r.code === '97530'), 'the 97530 row');
    assert.deepEqual(
      ta.rows.map((r) => [r.code, r.minutes, r.ama, r.cms]),
      [
        ['97110', '12 min', '1 unit', '1 unit'],
        ['97530', '9 min', '1 unit', '0 units'],
      ],
    );
    await options.close();
  });

  test('the popup’s per-site switch turns TheraCode off for the site, and back on', async () => {
    let page = await ff.open('/textarea.html');
    await page.click('#note');
    await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
    await expectSidebar(page, { code: '97110', minutes: 15 });
    const popup = await openPopupFor(ff.browser, page);
    await popup.waitForSelector('[data-testid="site-toggle"] input:not([disabled])');
    await popup.click('[data-testid="site-toggle"] input');
    await popupText(popup, 'site-toggle', /127\.0\.0\.1/);
    await waitFor(
      () => popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? ''),
      (t) => t.includes('Reload the page'),
      'the popup to ask for a reload',
    );
    await popup.close();
    // The switch shuts TheraCode down in the open page at once (its sidebar goes), yet that page
    // still tells a popup opened after it its host, so the site can be switched back on from there.
    await waitFor(
      () => hasSidebarHost(page),
      (has) => !has,
      'the sidebar to go with the switch',
    );
    const off = await openPopupFor(ff.browser, page);
    await off.waitForSelector('[data-testid="site-toggle"] input:not([disabled])');
    assert.match(await testIdText(off, 'site-toggle'), /On for 127\.0\.0\.1/);
    assert.equal(await off.$eval('[data-testid="site-toggle"] input', (i) => (i as HTMLInputElement).checked), false);
    await off.close();

    page = await ff.open('/textarea.html');
    await page.click('#note');
    await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
    await sleep(800);
    assert.equal(await hasSidebarHost(page), false, 'switched off: no sidebar on 127.0.0.1');

    const again = await openPopupFor(ff.browser, page);
    await again.waitForSelector('[data-testid="site-toggle"] input:not([disabled])');
    assert.equal(await again.$eval('[data-testid="site-toggle"] input', (i) => (i as HTMLInputElement).checked), false);
    await again.click('[data-testid="site-toggle"] input');
    await waitFor(
      () => again.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? ''),
      (t) => t.includes('Reload the page'),
      'the popup to ask for a reload',
    );
    await again.close();
    page = await ff.open('/textarea.html');
    await page.click('#note');
    await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
    await expectSidebar(page, { code: '97110', minutes: 15 });
  });
});
