/**
 * Managed policy end to end: a real Chromium policy file (root only) for TheraCode's fixed id,
 * Chromium started with the unpacked build, and the policy checked where it takes effect: the
 * effective settings the background answers, the options page's locks and warnings, the sidebar
 * (organization name, the rule in use, no copy button, the payer selector), the popup's lock
 * lines, and the site gate (localhost allowed, 127.0.0.1 — the same server — not).
 */
import { mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { launchWithExtension } from '../../lib/launch/chromium';
import { EXTENSION_ID } from '../../lib/settings/extension-id';
import { expect, sidebar, test, typeLikeAPerson } from './fixtures';

// Only what the page/worker code below uses (the e2e tsconfig has no chrome types).
declare const chrome: {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
};

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'theracode-test.json');
let createdDir = false;

/** Write the policy for TheraCode's id; false when this machine/user cannot (not root, read-only /etc). */
function writePolicy(policy: Record<string, unknown>): boolean {
  try {
    createdDir ||= mkdirSync(POLICY_DIR, { recursive: true }) !== undefined;
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
    return true;
  } catch {
    return false;
  }
}

test.afterAll(() => {
  rmSync(POLICY_FILE, { force: true });
  if (createdDir) {
    try {
      rmdirSync(POLICY_DIR); // only if we created it and it is empty again
      rmdirSync(path.dirname(POLICY_DIR));
    } catch {}
  }
});

async function launch(policy: Record<string, unknown>): Promise<{ context: BrowserContext; sw: Worker }> {
  test.skip(!writePolicy(policy), `cannot write ${POLICY_FILE} (needs root): managed-policy e2e skipped`);
  const context = await launchWithExtension({ headless: true });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, sw };
}

/** The id of the only open tab (for the popup's ?tab=; without the `tabs` permission URLs are hidden). */
async function onlyTabId(sw: Worker): Promise<number> {
  const tabs = await sw.evaluate(() => chrome.tabs.query({}));
  if (tabs.length !== 1 || tabs[0]?.id === undefined) throw new Error(`expected one tab, found ${tabs.length}`);
  return tabs[0].id;
}

/** Ask the background for effective settings from an extension page (as the options page does). */
async function effectiveFrom(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getEffectiveSettings' }));
  return {
    page,
    data: (reply as { data: { values: Record<string, unknown>; lockedKeys: string[]; policyWarnings: string[] } }).data,
  };
}

test('policy values take effect, are locked, and restrict sites', async ({ server }) => {
  const { context, sw } = await launch({
    orgName: 'Riverside Rehab',
    unitRule: 'ama',
    disableCopy: true,
    siteAllowList: ['localhost'],
  });
  try {
    expect(new URL(sw.url()).host, 'the committed key gives the documented id').toBe(EXTENSION_ID);
    const managed = await sw.evaluate(() => chrome.storage.managed.get());
    expect(managed).toMatchObject({ orgName: 'Riverside Rehab', unitRule: 'ama' });

    const { page: options, data } = await effectiveFrom(context);
    expect(data.values).toMatchObject({ orgName: 'Riverside Rehab', unitRule: 'ama', disableCopy: true });
    expect(data.lockedKeys.sort()).toEqual(['disableCopy', 'orgName', 'siteAllowList', 'unitRule']);
    await options.reload();
    await expect(options.getByTestId('locked-unitRule')).toHaveText('Set by your organization');
    await expect(options.getByTestId('setting-unitRule').getByRole('radio').first()).toBeDisabled();
    await expect(options.getByTestId('setting-theme').getByRole('radio').first()).toBeEnabled();
    // managed means no reset either; the therapist's own settings keep theirs
    await expect(options.getByTestId('reset-unitRule')).toHaveCount(0);
    await expect(options.getByTestId('setting-unitRule')).toContainText('it cannot be changed or reset here');
    await expect(options.getByTestId('reset-theme')).toHaveCount(1);
    await expect(options.getByTestId('organization')).toContainText('Riverside Rehab');
    await expect(options.getByTestId('policy-warnings')).toHaveCount(0);

    const note = 'TA (12 min): sit to stand from low chair x10 to simulate toilet transfers, min A.';
    const page = context.pages()[0] ?? (await context.newPage());
    const port = new URL(server.url).port;
    await page.goto(`http://localhost:${port}/demo/ehr.html`);
    await page.locator('#objective').click();
    await typeLikeAPerson(page, note);
    await expect(page.locator('theracode-sidebar')).toHaveCount(1);
    await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97530');
    // the sidebar itself follows the policy: organization name, AMA leads the ledger (locked), no copy button
    await expect((await sidebar(page)).locator('.tc-header')).toContainText('Set up by Riverside Rehab');
    await expect((await sidebar(page)).locator('thead th.tc-lead')).toHaveText('AMA units (in use)');
    await expect((await sidebar(page)).getByTestId('rule-lock')).toHaveText('AMA rule · Set by your organization');
    await expect((await sidebar(page)).getByTestId('payer-select')).toHaveCount(0); // no ruleByPayer: a payer would change nothing
    await expect((await sidebar(page)).getByTestId('code-row')).toHaveCount(1);
    await expect((await sidebar(page)).getByTestId('copy-summary')).toHaveCount(0);

    await options.close();
    const popupTab = await onlyTabId(sw);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${popupTab}`);
    await expect(popup.getByTestId('popup-rule')).toHaveText('Unit rule: AMA rule Set by your organization');
    await popup.close();

    await page.goto(`http://127.0.0.1:${port}/demo/ehr.html`);
    await page.locator('#objective').click();
    await typeLikeAPerson(page, note);
    await page.waitForTimeout(800);
    await expect(page.locator('theracode-sidebar')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('ruleByPayer: choosing Commercial makes the AMA rule lead, for this tab and page only', async ({ server }) => {
  const { context } = await launch({ ruleByPayer: { commercial: 'ama', medicare: 'cms' } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://localhost:${new URL(server.url).port}/demo/ehr.html`);
    await page.locator('#objective').click();
    await typeLikeAPerson(page, 'TA (12 min): sit to stand from low chair x10 to simulate toilet transfers, min A.');
    await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97530');
    const lead = (await sidebar(page)).locator('thead th.tc-lead');
    const { page: options } = await effectiveFrom(context);
    await expect(options.getByTestId('org-payers')).toContainText('Medicare → CMS, Commercial → AMA');
    await options.close();
    await expect(lead).toHaveText('CMS units (in use)'); // the default rule while no payer is set
    await expect((await sidebar(page)).getByTestId('rule-lock')).toHaveCount(0);

    await (await sidebar(page)).getByTestId('payer-select').selectOption({ label: 'Commercial' });
    await expect(lead).toHaveText('AMA units (in use)');
    await expect((await sidebar(page)).getByTestId('rule-lock')).toHaveText(
      'AMA rule · Set by your organization for Commercial',
    );

    // never sticky per site (issue #14): the next page load, like the next patient, starts afresh
    await page.reload();
    await page.locator('#objective').click();
    await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
    await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97110');
    await expect((await sidebar(page)).getByTestId('payer-select')).toHaveValue('');
    const leadNow = (await sidebar(page)).locator('thead th.tc-lead'); // a reloaded page has a new sidebar document
    await expect(leadNow).toHaveText('CMS units (in use)');
    await (await sidebar(page)).getByTestId('payer-select').selectOption({ label: 'Medicare' });
    await expect(leadNow).toHaveText('CMS units (in use)');
    await expect((await sidebar(page)).getByTestId('rule-lock')).toHaveText(
      'CMS 8-minute rule · Set by your organization for Medicare',
    );
  } finally {
    await context.close();
  }
});

test('a bad policy leaves its valid keys in force and warns the admin', async () => {
  const { context } = await launch({
    autoOpen: false, // valid: in force
    unitRule: 5, // wrong type: Chromium drops it
    notAKey: true, // unknown: Chromium drops it
    orgName: 'x'.repeat(120), // passes Chromium's schema, fails ours (over 80 characters)
  });
  try {
    const { page, data } = await effectiveFrom(context);
    expect(data.values.autoOpen).toBe(false);
    expect(data.values.unitRule).toBe('cms');
    expect(data.lockedKeys).toEqual(['autoOpen']);
    await page.reload();
    await expect(page.getByTestId('policy-warnings')).toContainText('Policy "orgName" was ignored');
    await expect(page.getByTestId('policy-warnings')).not.toContainText('xxxx');
    await expect(page.getByTestId('locked-autoOpen')).toBeVisible();
    await expect(page.getByTestId('setting-unitRule').getByRole('radio').first()).toBeEnabled();
  } finally {
    await context.close();
  }
});
