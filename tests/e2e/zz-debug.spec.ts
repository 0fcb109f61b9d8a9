import { test, typeLikeAPerson } from './fixtures';

test('dbg', async ({ page, server }) => {
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERR', e.message));
  await page.goto(`${server.url}/designmode.html`);
  await page.frameLocator('#editor').locator('body').click();
  await typeLikeAPerson(page, 'Ther ex 15 min: LAQ');
  await page.waitForTimeout(1500);
  console.log('SIDEBAR', await page.locator('theracode-sidebar').count());
  console.log(
    await page
      .frameLocator('#editor')
      .locator('html')
      .evaluate((h) => h.outerHTML),
  );
});
