/** The options page in real Chromium: repair notice, validation in words, import/export, writes via the background. */
import AxeBuilder from '@axe-core/playwright';
import { RULESET_VERSION } from '../../lib/engine/lexicon/version';
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

test('each save is confirmed in a live region; one setting or all go back to defaults; versions shown; axe-clean', async ({
  context,
  sw,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const stored = async () =>
    ((await sw.evaluate(() => chrome.storage.local.get('settings'))).settings ?? {}) as Record<string, unknown>;
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('about-version')).toHaveText('0.1.0');
  await expect(page.getByTestId('about-ruleset')).toHaveText(RULESET_VERSION);
  await expect(page.getByTestId('reset-unitRule')).toBeDisabled(); // nothing of the user's own to reset yet

  await page.getByTestId('setting-unitRule').getByLabel('AMA rule').click();
  await expect(status).toHaveText('Saved: unit rule.');
  await expect.poll(stored).toEqual({ unitRule: 'ama' });

  // the threshold is the percentage the sidebar prints ("70% sure"); a fraction is refused in words and kept
  const pct = page.getByLabel('Uncertain below, in percent');
  await expect(pct).toHaveValue('60');
  await pct.fill('0.7');
  await pct.press('Tab');
  await expect(page.getByTestId('setting-uncertainBelow').getByRole('alert')).toHaveText(
    '"0.7" is not a percentage. Enter a whole number from 0 to 100, like 60.',
  );
  await expect(pct).toHaveValue('0.7');
  expect(await stored()).toEqual({ unitRule: 'ama' });
  await pct.fill('75');
  await pct.press('Tab');
  await expect(status).toHaveText('Saved: uncertainty threshold.');
  await expect(page.getByTestId('setting-uncertainBelow').getByRole('alert')).toHaveCount(0);
  await expect.poll(stored).toEqual({ unitRule: 'ama', uncertainBelow: 75 });
  await page.getByTestId('setting-theme').getByLabel('Dark').click();
  await expect.poll(stored).toEqual({ unitRule: 'ama', uncertainBelow: 75, theme: 'dark' });

  await page.getByTestId('reset-unitRule').click();
  await expect(status).toHaveText('Unit rule: back to the default.');
  await expect(page.getByTestId('setting-unitRule').getByLabel('CMS 8-minute rule')).toBeChecked();
  await expect.poll(stored).toEqual({ uncertainBelow: 75, theme: 'dark' });

  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

  await page.getByTestId('reset-all').click();
  await page.getByTestId('reset-all-confirm').click();
  await expect(status).toHaveText('All your settings are back to their defaults.');
  await expect.poll(stored).toEqual({});
  await expect(pct).toHaveValue('60');
  await expect(page.getByTestId('setting-theme').getByLabel('Like my computer')).toBeChecked();
  await expect(page.getByTestId('reset-all')).toBeDisabled();
});
