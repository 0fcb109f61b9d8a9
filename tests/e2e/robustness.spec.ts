/**
 * Bad input and hostile pages: strict CSP, very long notes, read-only fields, fields re-rendered
 * every second, pages that throw and forge extension-looking window messages. The sidebar stays
 * correct and the extension causes no page-console errors.
 */
import type { Page } from '@playwright/test';
import { MAX_MESSAGE_TEXT } from '../../lib/contracts/messages';
import {
  collectPageErrors,
  expect,
  expectSidebarCode,
  extensionErrors,
  sidebar,
  THER_EX_NOTE,
  test,
  typeLikeAPerson,
} from './fixtures';

/** Filler that mentions no intervention, to grow a note to a given size. */
function filler(chars: number): string {
  const line = 'Patient reports mild soreness after the last visit, no falls, vitals stable, pain 3/10 at rest.\n';
  return line.repeat(Math.ceil(chars / line.length)).slice(0, chars);
}

test('strict Content-Security-Policy page', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  const res = await page.goto(`${server.url}/csp.html`);
  expect(res?.headers()['content-security-policy']).toBe("default-src 'self'");
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expect(page.locator('#note')).toHaveValue(THER_EX_NOTE);
  expect(extensionErrors(errors)).toEqual([]);
});

test('a 40 KB note: paste, then type a few characters', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  const big = `${filler(40_000)}${THER_EX_NOTE}`;
  await page.keyboard.insertText(big);
  await typeLikeAPerson(page, ' ok');
  await expectSidebarCode(page, '97110', 15);
  await expect(page.locator('#note')).toHaveValue(`${big} ok`);
  expect(extensionErrors(errors)).toEqual([]);
});

/** Paste `text` the way a paste lands: one value change and one input event, caret at the end. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#note').evaluate((el, t) => {
    const ta = el as HTMLTextAreaElement;
    ta.value = t;
    ta.setSelectionRange(t.length, t.length);
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/** The truncation flag must name the real length and a bounded analysed length; returns the analysed length. */
async function expectTruncatedOf(page: Page, fullLength: number): Promise<number> {
  const flag = (await sidebar(page)).locator('[data-testid="flag"][data-flag="note.truncated"]');
  await expect(flag).toBeVisible();
  const total = fullLength.toLocaleString('en-US');
  await expect(flag).toContainText(new RegExp(`analysed the first [\\d,]+ of ${total} characters`));
  const analysed = Number(/first ([\d,]+) of/.exec((await flag.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
  expect(analysed).toBeGreaterThan(150_000);
  expect(analysed).toBeLessThanOrEqual(200_000);
  // the sidebar's own note counts what was analysed, not what was pasted
  await expect((await sidebar(page)).locator('body')).toContainText(
    `Analysed ${analysed.toLocaleString('en-US')} characters`,
  );
  return analysed;
}

test('a 1 MB pasted note: correct result, and the sidebar says how much was analysed', async ({ page, server }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  const huge = `${THER_EX_NOTE}.\n${filler(1_048_576)}`;
  // keyboard.insertText of 1 MB takes Chromium minutes (with or without the extension); a paste is
  // one value change and one input event, which is what the page does here
  await paste(page, huge);
  await typeLikeAPerson(page, 'x');
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97110', { timeout: 30_000 });
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97110"]')).toContainText('15 min');
  await expectTruncatedOf(page, huge.length + 1);
  expect(await page.locator('#note').evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(huge.length + 1);
  expect(extensionErrors(errors)).toEqual([]);
});

test('a 5 MB pasted note: cut where the message limit is, reported against its real length, never hangs', async ({
  context,
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  const huge = `${THER_EX_NOTE}.\n${filler(5 * 1024 * 1024)}`;
  expect(huge.length).toBeGreaterThan(MAX_MESSAGE_TEXT); // longer than a message may carry
  // a real paste: the note on the clipboard, then the user's Ctrl+V (trusted paste and input events)
  await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
  await page.keyboard.press('ControlOrMeta+V');
  await expect
    .poll(() => page.locator('#note').evaluate((el) => (el as HTMLTextAreaElement).value.length))
    .toBe(huge.length);
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97110', { timeout: 60_000 });
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97110"]')).toContainText('15 min');
  await expect((await sidebar(page)).getByTestId('analysis-status')).toHaveText(/ready/i);
  await expectTruncatedOf(page, huge.length);
  expect(await page.locator('#note').evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(huge.length);
  // still responsive: replace the whole note by typing, and the flag goes with the long text
  await page.locator('#note').press('ControlOrMeta+a');
  await typeLikeAPerson(page, 'TA 20 min: box lift 10# x8 to simulate lifting groceries at home.');
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97530"]')).toContainText('20 min');
  await expect((await sidebar(page)).locator('[data-testid="flag"][data-flag="note.truncated"]')).toHaveCount(0);
  expect(extensionErrors(errors)).toEqual([]);
});

test('read-only, disabled and non-text fields are skipped: no sidebar', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/readonly.html`);
  for (const sel of ['#ro', '#ce-ro', '#pw', '#date']) {
    await page.locator(sel).click();
    await page.keyboard.type('Ther ex 15 min strength', { delay: 2 });
  }
  await page.locator('#dis').click({ force: true });
  await page.waitForTimeout(600);
  await expect(page.locator('theracode-sidebar')).toHaveCount(0);
  expect(extensionErrors(errors)).toEqual([]);
});

test('a page that re-renders its field every second', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/spa.html?every=1000`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE, 60); // ~2.6 s of typing: at least two re-renders
  await expectSidebarCode(page, '97110', 15);
  await expect(page.locator('#note')).toHaveValue(THER_EX_NOTE);
  expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBeGreaterThan(2);
  expect(extensionErrors(errors)).toEqual([]);
});

test('a page that throws and forges extension messages: sidebar stays correct', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/hostile.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  await page.waitForTimeout(1000); // let the forgeries run for a while
  await expectSidebarCode(page, '97110', 15);
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97530"]')).toHaveCount(0);
  await expect((await sidebar(page)).locator('aside')).toBeVisible();
  await expect(page.locator('#note')).toHaveValue(THER_EX_NOTE);
  expect(errors.length).toBeGreaterThan(0); // the page's own bugs were seen…
  expect(extensionErrors(errors)).toEqual([]); // …and none of them came from the extension
});
