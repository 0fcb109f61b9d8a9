/** The foundation slice: a note typed into the demo EHR's textarea shows the suggested code. */
import { expect, sidebar, test, typeLikeAPerson } from './fixtures';

test('typing a note in the demo EHR shows the suggested code in the sidebar', async ({ page, server }) => {
  await page.goto(`${server.url}/demo/ehr.html`);
  await page.locator('#objective').click();
  const note = 'TA (12 min): sit to stand from low chair x10 to simulate toilet transfers, min A.';
  await typeLikeAPerson(page, note);
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97530');
  await expect((await sidebar(page)).getByTestId('analysis-status')).toHaveText(/ready/i);
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97530"]')).toContainText('12');
  // The extension never writes into the note.
  await expect(page.locator('#objective')).toHaveValue(note);
});

test('a page without any note field gets no sidebar', async ({ page, server }) => {
  await page.goto(`${server.url}/no-fields.html`);
  await page.locator('h1').click();
  await page.waitForTimeout(500);
  await expect(page.locator('theracode-sidebar')).toHaveCount(0);
});

test('an empty note field shows a clear idle state, not an error', async ({ page, server }) => {
  await page.goto(`${server.url}/demo/ehr.html`);
  await page.locator('#objective').click();
  await expect((await sidebar(page)).getByTestId('analysis-status')).toHaveText(/idle/i);
  await expect((await sidebar(page)).getByTestId('suggested-code')).toHaveText('—');
});

test('the read-only vitals field is skipped', async ({ page, server }) => {
  await page.goto(`${server.url}/demo/ehr.html`);
  await page.locator('#vitals').click();
  await page.waitForTimeout(500);
  await expect(page.locator('theracode-sidebar')).toHaveCount(0);
});
