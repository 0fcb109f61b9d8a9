/**
 * Payer from the page (issue #14) with a real Chromium policy file: payerOnPage says where the demo
 * EHR shows the payer; the sidebar follows the page's payer across two patients (Medicare → CMS,
 * Aetna → Commercial → AMA), never carries a pick over to the next patient, and flags a pick that
 * contradicts the page.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../../lib/launch/chromium';
import { EXTENSION_ID } from '../../lib/settings/extension-id';
import { expect, sidebar, test, typeLikeAPerson } from './fixtures';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'theracode-payer-test.json');
const NOTE = 'Ther ex 38 min: LAQ 3x10 for quad strength. TA 10 min: sit to stand to simulate toilet transfers.';

const POLICY = {
  ruleByPayer: { medicare: 'cms', commercial: 'ama' },
  payerOnPage: [
    {
      host: 'localhost',
      selector: '.banner .payer',
      words: [
        { match: 'Medicare', payer: 'medicare' },
        { match: 'Aetna', payer: 'commercial' },
      ],
    },
  ],
};

test.afterAll(() => rmSync(POLICY_FILE, { force: true }));

test('the sidebar follows the payer each patient page shows; a contradicting pick is flagged', async ({ server }) => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: POLICY } } }));
  } catch {
    test.skip(true, `cannot write ${POLICY_FILE} (needs root)`);
  }
  const context = await launchWithExtension({ headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const base = `http://localhost:${new URL(server.url).port}`;
    const open = async (url: string) => {
      await page.goto(url);
      await page.locator('#objective').click();
      await typeLikeAPerson(page, NOTE, 0);
      const sb = await sidebar(page);
      await expect(sb.getByTestId('analysis-status')).toHaveText(/ready/i);
      return sb;
    };
    // patient 1: Medicare Part B → CMS leads
    let sb = await open(`${base}/demo/ehr.html`);
    await expect(sb.getByTestId('page-payer')).toHaveText('from the page: Medicare Part B (Medicare)');
    await expect(sb.locator('thead th.tc-lead')).toHaveText('CMS units (in use)');
    // a pick that contradicts the page is flagged (and holds for this tab and page only)
    await sb.getByTestId('payer-select').selectOption('commercial');
    await expect(sb.getByTestId('payer-contradiction')).toContainText('the page shows Medicare Part B');
    await expect(sb.locator('thead th.tc-lead')).toHaveText('AMA units (in use)');
    // patient 2: Aetna → Commercial → AMA leads, from the page
    sb = await open(`${base}/patient-aetna.html`);
    await expect(sb.getByTestId('page-payer')).toHaveText('from the page: Aetna PPO (Commercial)');
    await expect(sb.locator('thead th.tc-lead')).toHaveText('AMA units (in use)');
    await expect(sb.getByTestId('payer-contradiction')).toHaveCount(0);
    // back to a Medicare patient: CMS again — nothing sticky per site
    sb = await open(`${base}/demo/ehr.html`);
    await expect(sb.getByTestId('page-payer')).toHaveText('from the page: Medicare Part B (Medicare)');
    await expect(sb.locator('thead th.tc-lead')).toHaveText('CMS units (in use)');
    await expect(sb.getByTestId('payer-select')).toHaveValue('');
  } finally {
    await context.close();
  }
});
