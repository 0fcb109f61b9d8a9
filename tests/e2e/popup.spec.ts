/** The popup in real Chromium, pointed at a tab with ?tab=: suggested code, sidebar toggle, per-site switch. */
import { expect, sidebar, test, typeLikeAPerson } from './fixtures';

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
};

const NOTE = 'TA (12 min): sit to stand from low chair x10 to simulate toilet transfers, min A.';

test('popup shows the suggested code, toggles the sidebar and turns the site off', async ({
  context,
  page,
  sw,
  server,
  extensionId,
}) => {
  await page.goto(`${server.url}/demo/ehr.html`);
  await page.locator('#objective').click();
  await typeLikeAPerson(page, NOTE);
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97530');
  const [tabId] = (await sw.evaluate(() => chrome.tabs.query({}))).map((t) => t.id);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('popup-suggested')).toContainText('97530');
  const toggle = popup.getByTestId('site-toggle');
  await expect(toggle).toContainText('127.0.0.1');
  await expect(toggle.getByRole('checkbox')).toBeChecked();

  // the toggle collapses the panel to its tab (the element stays, as with the keyboard shortcut)
  await popup.getByTestId('toggle-sidebar').click();
  await expect((await sidebar(page)).locator('aside')).toBeHidden();
  await expect((await sidebar(page)).locator('.tc-tab')).toBeVisible();

  await toggle.getByRole('checkbox').uncheck();
  await expect(popup.getByRole('status')).toContainText('Reload the page');
  // the switch shuts TheraCode down in the open page (the sidebar goes), yet the page still tells
  // the popup its host, so the switch can be turned back on from there
  await expect(page.locator('theracode-sidebar')).toHaveCount(0);
  await popup.reload();
  await expect(popup.getByTestId('site-toggle')).toContainText('127.0.0.1');
  await expect(popup.getByTestId('site-toggle').getByRole('checkbox')).toBeEnabled();
  await expect(popup.getByTestId('site-toggle').getByRole('checkbox')).not.toBeChecked();
  await page.reload();
  await page.locator('#objective').click();
  await typeLikeAPerson(page, NOTE);
  await page.waitForTimeout(800);
  await expect(page.locator('theracode-sidebar')).toHaveCount(0);

  await popup.reload();
  await expect(popup.getByTestId('site-toggle').getByRole('checkbox')).not.toBeChecked();
});

test('the popup says in one line which saved settings were reset, until dismissed', async ({
  context,
  sw,
  extensionId,
}) => {
  await sw.evaluate(() =>
    chrome.storage.local.set({ settings: { theme: 'neon', autoOpen: false, sites: 'all' }, settings$: { v: 2 } }),
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const notice = popup.getByTestId('popup-repair-notice');
  await expect(notice).toContainText('Some saved settings were invalid and were reset to defaults: sites, theme.');
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
  await popup.reload();
  await expect(popup.getByTestId('site-toggle')).toBeVisible();
  await expect(popup.getByTestId('popup-repair-notice')).toHaveCount(0);
  expect((await sw.evaluate(() => chrome.storage.local.get('settings'))).settings).toEqual({ autoOpen: false });
});
