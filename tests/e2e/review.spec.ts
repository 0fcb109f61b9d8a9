/// <reference types="chrome" />
/**
 * Review mode (issue #7) on read-only chart pages with no editable field: the context-menu item,
 * the keyboard command and "Review this page" each show the sidebar's analysis; the billed check
 * and the defense summary work on the reviewed text.
 *
 * Playwright cannot open Chromium's native context menu or press an extension shortcut, so the
 * tests fire the real listeners from the service worker with `onClicked.dispatch(info, tab)` /
 * `onCommand.dispatch(command, tab)` (Chromium's event objects have dispatch), which runs exactly
 * the code a click or a key press runs. That the menu items exist is checked with
 * `contextMenus.update(id, {})`, which rejects for an unknown id (there is no getter).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page, Worker } from '@playwright/test';
import { MENU_IDS } from '../../lib/background/context-menu';
import { analyze, checkBilled, parseBilledLines } from '../../lib/engine';
import { EXTENSION_DIR } from '../../lib/launch/chromium';
import { axeSidebar, expect, expectMissing, expectSidebarCode, sidebar, test } from './fixtures';

type Dispatchable = { dispatch: (...args: unknown[]) => void };

/** The test's one tab (without the `tabs` permission, tab.url is hidden from the extension). */
async function onlyTab(sw: Worker): Promise<chrome.tabs.Tab> {
  const tabs = await sw.evaluate(() => chrome.tabs.query({}));
  expect(tabs).toHaveLength(1);
  return tabs[0] as chrome.tabs.Tab;
}

/**
 * Wait until the frame's content script listens (it answers an unknown message with a typed
 * "malformed" error), so a review request is not sent into a frame that is still starting.
 */
async function waitForContentScript(sw: Worker, tabId: number, frameId: number): Promise<void> {
  await expect
    .poll(() =>
      sw.evaluate(
        ([t, f]) =>
          chrome.tabs
            .sendMessage(t as number, { type: 'ping' }, { frameId: f as number })
            .then((r: { error?: string } | undefined) => r?.error ?? 'none')
            .catch(() => 'not yet'),
        [tabId, frameId],
      ),
    )
    .toBe('malformed');
}

/** Select the note element's contents with a Range, as a coder's drag would; returns the selected text. */
async function selectNote(frame: Page | Frame): Promise<string> {
  return frame.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('note') as HTMLElement);
    const sel = document.getSelection() as Selection;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  });
}

/** The chart note's analysis as the sidebar must show it (tests/e2e/pages/chart.html). */
async function expectChartAnalysis(page: Page): Promise<void> {
  await expectSidebarCode(page, '97110', 18);
  const sb = await sidebar(page);
  const row = (code: string) => sb.locator(`[data-testid="code-row"][data-code="${code}"]`);
  await expect(row('97140').getByTestId('code-minutes')).toHaveText('13 min');
  await expect(row('97530').getByTestId('code-minutes')).toHaveText('10 min');
  await expect(row('97530').getByTestId('code-units-cms')).toHaveText('1 unit');
  await expectMissing(page, '97530', 'skilled-input');
}

test('the manifest asks for contextMenus and declares the review shortcut', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.permissions).toContain('contextMenus');
  expect(manifest.commands['review-selection'].suggested_key.default).toBe('Alt+Shift+A');
  expect(manifest.commands['review-selection'].description).toMatch(/selected text/i);
});

test('chart page, no editable field: "Analyse with TheraCode" on the selected note shows the analysis; billed check and defense summary work on it', async ({
  page,
  sw,
  server,
}) => {
  const url = `${server.url}/chart.html`;
  await page.goto(url);
  await expect(page.locator('textarea, input, [contenteditable]')).toHaveCount(0);
  const tab = await onlyTab(sw);
  await waitForContentScript(sw, tab.id as number, 0);
  await expect(page.locator('theracode-sidebar')).toHaveCount(0); // no note field in use: no sidebar yet

  // both menu items exist (update rejects for an unknown id: the control shows it can fail)
  const exists = (id: string) =>
    sw.evaluate(
      (i) =>
        chrome.contextMenus.update(i, {}).then(
          () => true,
          () => false,
        ),
      id,
    );
  expect(await exists(MENU_IDS.selection)).toBe(true);
  expect(await exists(MENU_IDS.page)).toBe(true);
  expect(await exists('no-such-item')).toBe(false);

  const selected = await selectNote(page);
  await sw.evaluate(
    ([id, t]) =>
      (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(
        { menuItemId: id, frameId: 0, editable: false },
        t,
      ),
    [MENU_IDS.selection, tab] as const,
  );
  await expect((await sidebar(page)).getByTestId('review-source')).toHaveText(
    `Reviewing: selection (${selected.length.toLocaleString('en-US')} characters)`,
  );
  await expectChartAnalysis(page);
  await expect((await sidebar(page)).locator('[data-testid="code-row"]')).toHaveCount(analyze(selected).codes.length);

  // the billed check on the reviewed note: typing in the sidebar's box is not a note, the review stays
  const claim = '97530 x2, 97110 x1, 97140 x1 GP';
  await (await sidebar(page)).getByTestId('billed-input').fill(claim);
  const sb = await sidebar(page);
  const line = (code: string, status: string) =>
    sb.locator(`[data-testid="billed-line"][data-code="${code}"][data-status="${status}"]`);
  await expect(line('97530', 'over')).toContainText('10 min supports 1 under CMS');
  await expect(line('97140', 'ok')).toHaveCount(1);
  // GP on the last line only: 97110 (and 97530) lack a therapy modifier
  await expect(line('97110', 'modifier')).toContainText('add GP');
  // line by line, the same findings the CLI's billed check gives for this text
  const expected = checkBilled(analyze(selected), parseBilledLines(claim).lines, 'cms');
  await expect((await sidebar(page)).getByTestId('billed-line')).toHaveCount(expected.length);
  const shown = await sb
    .getByTestId('billed-line')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')} ${e.getAttribute('data-status')}`));
  expect(shown).toEqual(expected.map((r) => `${r.code} ${r.status}`));
  await expect((await sidebar(page)).getByTestId('review-source')).toContainText('Reviewing: selection');

  // the defense summary, shown as text in the sidebar
  await (await sidebar(page)).getByTestId('show-defense').click();
  const summary = (await sidebar(page)).getByTestId('defense-summary');
  await expect(summary).toContainText('TheraCode defense summary');
  await expect(summary).toContainText('97110 Therapeutic exercise: 18 min, 1 unit(s) CMS (AMA: 1)');
  await expect(summary).toContainText(analyze(selected).noteHash);
  // the coder's tools add no accessibility violation (billed box labelled, summary under a heading)
  expect(await axeSidebar(page)).toEqual([]);

  // the page item ("Review this page"): the main text block, without any selection
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await sw.evaluate(
    ([id, t]) =>
      (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(
        { menuItemId: id, frameId: 0, editable: false },
        t,
      ),
    [MENU_IDS.page, tab] as const,
  );
  await expect((await sidebar(page)).getByTestId('review-source')).toContainText('Reviewing: page text');
  await expectChartAnalysis(page);
});

test('the Alt+Shift+A command finds the selection in a same-origin iframe and the top frame shows it', async ({
  page,
  sw,
  server,
}) => {
  const url = `${server.url}/chart-frame.html`;
  await page.goto(url);
  const frame = page.frame({ url: /\/chart\.html$/ }) as Frame;
  expect(frame).not.toBeNull();
  const tab = await onlyTab(sw);
  await waitForContentScript(sw, tab.id as number, 0);
  await expect.poll(() => frame.evaluate(() => document.readyState)).toBe('complete');
  const selected = await selectNote(frame);
  // the command's listener, as a key press runs it; retried until the subframe's script listens
  await expect(async () => {
    await sw.evaluate(
      (t) => (chrome.commands.onCommand as unknown as Dispatchable).dispatch('review-selection', t),
      tab,
    );
    await expect((await sidebar(page)).getByTestId('review-source')).toHaveText(/Reviewing: selection/, {
      timeout: 2000,
    });
  }).toPass();
  await expect((await sidebar(page)).getByTestId('review-source')).toContainText(
    `(${selected.length.toLocaleString('en-US')} characters)`,
  );
  await expectChartAnalysis(page);
  await expect(frame.locator('theracode-sidebar')).toHaveCount(0); // only the top document has the sidebar
});

test('"Review this page" from the popup picks the note inside the iframe over the top frame’s own text', async ({
  context,
  page,
  sw,
  server,
  extensionId,
}) => {
  const url = `${server.url}/chart-frame.html`;
  await page.goto(url);
  const frame = page.frame({ url: /\/chart\.html$/ }) as Frame;
  await expect.poll(() => frame.evaluate(() => document.readyState)).toBe('complete');
  const tab = await onlyTab(sw);
  await waitForContentScript(sw, tab.id as number, 0);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab.id}`);
  await popup.getByTestId('review-page').click();
  await expect((await sidebar(page)).getByTestId('review-source')).toContainText('Reviewing: page text');
  // the top frame's own worklist text has no intervention: these codes can only come from the iframe's note
  await expectChartAnalysis(page);
});
