/// <reference types="chrome" />
/**
 * The sidebar itself: accessibility (axe), the same numbers the CLI prints, collapse/toggle and
 * per-site memory, click-to-highlight without touching the page, copy summary, screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { analyze } from '../../lib/engine';
import { axeSidebar, closedShadowBox, expect, expectSidebarCode, sidebar, test, typeLikeAPerson } from './fixtures';

const MULTI = [
  'TA 12 min: sit to stand from low chair x10 to simulate toilet transfers.',
  'Ther ex 15 min: LAQ 3x10 for quad strength.',
  'Balance 10 min: tandem stance for proprioception.',
].join('\n');

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.THERACODE_SCREENSHOTS !== '1') return;
  mkdirSync('assets/readme', { recursive: true });
  await page.screenshot({ path: `assets/readme/${name}.png` });
}

test('the sidebar has no axe-core accessibility violations', async ({ page, server }) => {
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, MULTI, 2);
  await expectSidebarCode(page, '97110', 15);
  expect(await axeSidebar(page)).toEqual([]);
  await screenshot(page, 'sidebar-textarea');
});

test('the sidebar shows the same analysis the CLI prints for the same text', async ({ page, server }) => {
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, MULTI, 2);
  const expected = analyze(MULTI);
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText(expected.suggested ?? '—');
  await expect((await sidebar(page)).locator('[data-testid="code-row"]')).toHaveCount(expected.codes.length);
  for (const c of expected.codes) {
    const row = (await sidebar(page)).locator(`[data-testid="code-row"][data-code="${c.code}"]`);
    await expect(row.getByTestId('code-minutes')).toContainText(c.minutes === null ? '—' : `${c.minutes} min`);
    await expect(row.getByTestId('code-units-cms')).toHaveText(new RegExp(`^${c.units.cms} units?$`));
    await expect(row.getByTestId('code-units-ama')).toHaveText(new RegExp(`^${c.units.ama} units?$`));
  }
});

test('Esc collapses to a tab, the tab reopens, toggleSidebar flips it, and the site remembers', async ({
  page,
  server,
  sw,
}) => {
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
  await expectSidebarCode(page, '97110', 15);
  let aside = (await sidebar(page)).locator('aside');
  let tab = (await sidebar(page)).locator('.tc-tab');
  await (await sidebar(page)).getByRole('button', { name: 'Hide sidebar' }).focus();
  await page.keyboard.press('Escape');
  await expect(aside).toBeHidden();
  await expect(tab).toBeVisible();
  await expect(tab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(aside).toBeVisible();
  // what the background does for the Alt+Shift+T command and the popup: toggleSidebar to the top frame
  const toggle = () =>
    sw.evaluate(async () => {
      const [t] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      const tabs = t ? [t] : await chrome.tabs.query({});
      for (const tb of tabs) if (tb.id !== undefined) await chrome.tabs.sendMessage(tb.id, { type: 'toggleSidebar' });
    });
  await toggle();
  await expect(aside).toBeHidden();
  // collapsed state is remembered for this site
  await page.reload();
  await page.locator('#note').click();
  await typeLikeAPerson(page, 'Ther ex 15 min');
  // a reloaded page has a new sidebar document
  aside = (await sidebar(page)).locator('aside');
  tab = (await sidebar(page)).locator('.tc-tab');
  await expect(tab).toBeVisible();
  await expect(aside).toBeHidden();
  await toggle();
  await expect(aside).toBeVisible();
});

test('clicking an intervention highlights it in the note without changing the page', async ({ page, server }) => {
  await page.goto(`${server.url}/contenteditable.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, 'Pt reports pain 3/10 at start.');
  await page.keyboard.press('Enter');
  await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
  await expectSidebarCode(page, '97110', 15);
  const before = await page.locator('body').evaluate((b) => b.innerHTML.replace(/<theracode-sidebar[\s\S]*$/, ''));
  await (await sidebar(page)).locator('[data-testid="intervention"][data-code="97110"] button').click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const h = CSS.highlights.get('theracode');
        const r = h ? ([...h][0] as Range | undefined) : undefined;
        return r?.toString() ?? null;
      }),
    )
    .toBe('Ther ex 15 min: LAQ 3x10 for quad strength');
  const after = await page.locator('body').evaluate((b) => b.innerHTML.replace(/<theracode-sidebar[\s\S]*$/, ''));
  expect(after).toBe(before);
  await screenshot(page, 'sidebar-highlight');
});

test('copy summary puts the defense summary on the clipboard', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
  await expectSidebarCode(page, '97110', 15);
  await (await sidebar(page)).getByTestId('copy-summary').click();
  await expect((await sidebar(page)).locator('.tc-copied')).toContainText('copied');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain('97110');
});

test('dark theme follows the system (prefers-color-scheme)', async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${server.url}/quill.html`);
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  await page.locator('.ql-editor').click();
  await typeLikeAPerson(page, MULTI, 2);
  await expectSidebarCode(page, '97110', 15);
  const bg = await (await sidebar(page)).locator('aside').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(22, 27, 34)');
  await screenshot(page, 'sidebar-dark-quill');
});

test('readable at 200% zoom: a one-line strip that does not overflow; widened again, the full panel', async ({
  page,
  server,
}) => {
  // 200% zoom on a 1280×800 screen is a 640×400 CSS-pixel viewport
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, MULTI, 2);
  await expectSidebarCode(page, '97110', 15);
  const box = await (await sidebar(page)).locator('aside').evaluate((el) => ({
    width: el.getBoundingClientRect().width,
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(box.width).toBeLessThanOrEqual(640);
  expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
  await expect((await sidebar(page)).getByTestId('summary-line')).toBeInViewport();
  await expect((await sidebar(page)).getByTestId('copy-summary')).toBeHidden(); // the strip is the glance only
  await page.setViewportSize({ width: 1280, height: 800 });
  await (await sidebar(page)).getByTestId('copy-summary').scrollIntoViewIfNeeded();
  await expect((await sidebar(page)).getByTestId('copy-summary')).toBeInViewport();
});

test('clicking an intervention from a textarea note draws a box over its line, the textarea untouched', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, MULTI, 2);
  await expectSidebarCode(page, '97110', 15);
  const selBefore = await page.locator('#note').evaluate((t) => [(t as HTMLTextAreaElement).selectionStart]);
  await (await sidebar(page)).locator('[data-testid="intervention"][data-code="97110"] button').click();
  // the box is drawn in the host's closed shadow root (over the page, outside the sidebar frame)
  await expect.poll(() => closedShadowBox(page, 'mark')).not.toBeNull();
  const m = await closedShadowBox(page, 'mark');
  const ta = await page.locator('#note').boundingBox();
  expect(m && ta).toBeTruthy();
  if (m && ta) {
    expect(m.y).toBeGreaterThan(ta.y + 5); // the second line, not the first
    expect(m.y + m.height).toBeLessThanOrEqual(ta.y + ta.height + 1);
  }
  await expect(page.locator('#note')).toHaveValue(MULTI);
  expect(await page.locator('#note').evaluate((t) => [(t as HTMLTextAreaElement).selectionStart])).toEqual(selBefore);
});
