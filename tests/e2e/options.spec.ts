/** The options page in real Chromium: repair notice, validation in words, import/export, writes via the background. */
import { expect, test } from './fixtures';

declare const chrome: {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  storage: {
    local: { set(v: object): Promise<void>; get(k: string | string[]): Promise<Record<string, unknown>> };
  };
};

test('corrupt saved settings are reset key by key with a visible notice', async ({ context, sw, extensionId }) => {
  await sw.evaluate(() =>
    chrome.storage.local.set({ settings: { unitRule: 'fast', theme: 'dark' }, settings$: { v: 2 } }),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('repair-notice')).toHaveText(
    'Some saved settings were invalid and were reset to defaults: unit rule.',
  );
  await expect(page.getByTestId('setting-theme').getByLabel('Dark')).toBeChecked();
  await expect(page.getByTestId('setting-unitRule').getByLabel('CMS 8-minute rule')).toBeChecked();
  // the background repaired storage itself (no page had to be open) and remembers the key names only
  const stored = await sw.evaluate(() => chrome.storage.local.get(['settings', 'settingsReset']));
  expect(stored).toEqual({ settings: { theme: 'dark' }, settingsReset: ['unitRule'] });

  await page.getByTestId('dismiss-repair').click();
  await expect(page.getByTestId('repair-notice')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('setting-theme').getByLabel('Dark')).toBeChecked();
  await expect(page.getByTestId('repair-notice')).toHaveCount(0);
});

// (The refusal of content-script senders is unit-tested: Playwright cannot run code in a content script's world.)
test('settings writes go through the background: a valid value is stored, an invalid one refused', async ({
  context,
  sw,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const fromPage = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'setUserSettings', settings: { unitRule: 'ama' } }),
  );
  expect(fromPage).toEqual({ ok: true });
  const bad = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'setUserSettings', settings: { unitRule: 'fastest' } }),
  );
  expect(bad).toEqual({ ok: false, error: 'malformed', detail: 'settings.unitRule: invalid' });
  const stored = await sw.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toEqual({ unitRule: 'ama' });
});

test('an invalid site is explained in words and not saved; a valid one is', async ({ context, sw, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const deny = page.getByLabel('Never on these sites');
  await deny.fill('ehr example');
  await deny.blur();
  await expect(page.getByTestId('setting-sites').getByRole('alert')).toContainText('is not a site name');
  await deny.fill('mail.example\n*.social.example');
  await deny.blur();
  await expect(page.getByTestId('setting-sites').getByRole('alert')).toHaveCount(0);
  await expect
    .poll(
      async () =>
        ((await sw.evaluate(() => chrome.storage.local.get('settings'))).settings as { sites?: unknown })?.sites,
    )
    .toEqual({ mode: 'all', allow: [], deny: ['mail.example', '*.social.example'] });
});

test('import validates the file: a bad one changes nothing, a good one applies', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const bad = JSON.stringify({ format: 'theracode-settings', version: 2, settings: { unitRule: 'fastest' } });
  await page
    .getByTestId('import')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(page.getByTestId('import-message')).toContainText('"unitRule" is not valid. Nothing was changed.');
  await expect(page.getByTestId('setting-unitRule').getByLabel('CMS 8-minute rule')).toBeChecked();

  const good = JSON.stringify({ format: 'theracode-settings', version: 2, settings: { unitRule: 'ama' } });
  await page
    .getByTestId('import')
    .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.getByTestId('import-message')).toHaveText('Settings imported.');
  await expect(page.getByTestId('setting-unitRule').getByLabel('AMA rule')).toBeChecked();
});
