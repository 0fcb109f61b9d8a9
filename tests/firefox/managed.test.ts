/**
 * Managed settings from a real Firefox enterprise policy file (`/etc/firefox/policies/policies.json`,
 * where Debian's firefox-esr reads it; root only, see policy-file.ts) with `3rdparty.Extensions` for
 * the add-on's gecko id, written before Firefox starts. Checked where the policy takes effect: storage.managed,
 * the options page's locks and warnings, the sidebar (organization name, the forced rule, no copy
 * button, the payer rule), the popup, and the site gate (localhost allowed, 127.0.0.1 not).
 * Firefox has no managed_schema: the policy reaches the add-on unchecked, so TheraCode's own
 * validation is what drops a bad key.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { FIREFOX_ID } from '../../lib/settings/extension-id';
import {
  type AddonGlobal,
  addonId,
  openAddonPage,
  openPopupFor,
  type Session,
  skipReason,
  sleep,
  TA_NOTE,
  testIdText,
  typeLikeAPerson,
  useFirefox,
  waitFor,
} from './harness';
import { policySkipReason, removeTestPolicy, writeTestPolicy } from './policy-file';
import { expectSidebar, hasSidebarHost, sidebarElement, waitForSidebar } from './sidebar';

interface Effective {
  values: Record<string, unknown>;
  lockedKeys: string[];
  policyWarnings: string[];
}

/** A Firefox session started with `policy` for TheraCode's gecko id in the system policies.json. */
function withPolicy(policy: Record<string, unknown>): Session {
  after(removeTestPolicy);
  return useFirefox(async () => {
    writeTestPolicy(addonId(), policy);
    return {};
  });
}

/** The effective settings as the background answers an add-on page, and that page. */
async function effective(ff: Session): Promise<{ options: Page; data: Effective }> {
  const options = await openAddonPage(ff.browser, 'options.html');
  const reply = await options.evaluate(() =>
    (globalThis as unknown as AddonGlobal).browser.runtime.sendMessage({ type: 'getEffectiveSettings' }),
  );
  return { options, data: (reply as { data: Effective }).data };
}

/** Type the TA note on the demo page at `host` and wait for its analysis. */
async function typeDemoNote(ff: Session, host: string): Promise<Page> {
  const page = await ff.open('/demo/ehr.html', host);
  await page.click('#objective');
  await typeLikeAPerson(page, TA_NOTE);
  return page;
}

const skip = skipReason() ?? policySkipReason();

describe('Firefox managed policy: values take effect, are locked, and restrict sites', {
  skip,
  timeout: 180_000,
}, () => {
  const ff = withPolicy({
    orgName: 'Riverside Rehab',
    unitRule: 'ama',
    disableCopy: true,
    siteAllowList: ['localhost'],
  });

  test('storage.managed and the effective settings carry the policy, locked', async () => {
    assert.equal(addonId(), FIREFOX_ID, 'the build declares the gecko id the admin guide documents');
    const { options, data } = await effective(ff);
    const managed = await options.evaluate(() => (globalThis as unknown as AddonGlobal).browser.storage.managed.get());
    assert.deepEqual(managed, {
      orgName: 'Riverside Rehab',
      unitRule: 'ama',
      disableCopy: true,
      siteAllowList: ['localhost'],
    });
    assert.equal(data.values.orgName, 'Riverside Rehab');
    assert.equal(data.values.unitRule, 'ama');
    assert.deepEqual(data.lockedKeys.sort(), ['disableCopy', 'orgName', 'siteAllowList', 'unitRule']);
    assert.deepEqual(data.policyWarnings, []);
    // the options page shows the locks and the organization
    await waitFor(
      () => testIdText(options, 'locked-unitRule'),
      (t) => t === 'Set by your organization',
      'the lock',
    );
    assert.equal(
      await options.$eval('[data-testid="setting-unitRule"] input[type="radio"]', (i) => i.matches(':disabled')),
      true,
    );
    assert.equal(
      await options.$eval('[data-testid="setting-theme"] input[type="radio"]', (i) => i.matches(':disabled')),
      false,
    );
    assert.match(await testIdText(options, 'organization'), /Riverside Rehab/);
    await options.close();
  });

  test('the sidebar shows the organization and the forced AMA rule, without a copy button', async () => {
    const page = await typeDemoNote(ff, 'localhost');
    const s = await expectSidebar(page, { code: '97530', minutes: 12 });
    assert.match(s.header, /Set up by Riverside Rehab/);
    assert.equal(s.lead, 'AMA units (in use)');
    assert.equal(s.ruleLock, 'AMA rule · Set by your organization');
    assert.equal(s.rows[0]?.ama, '1 unit');
    assert.ok(!s.testids.includes('copy-summary'), 'disableCopy hides the copy button');
    assert.ok(!s.testids.includes('payer-select'), 'no ruleByPayer: no payer selector');
    assert.equal(await page.$eval('#objective', (el) => (el as HTMLTextAreaElement).value), TA_NOTE);

    const popup = await openPopupFor(ff.browser, page);
    await waitFor(
      () => testIdText(popup, 'popup-rule'),
      (t) => t === 'Unit rule: AMA rule Set by your organization',
      'the popup’s rule line',
    );
    await popup.close();
  });

  test('a site outside siteAllowList gets no sidebar', async () => {
    const page = await typeDemoNote(ff, '127.0.0.1');
    await sleep(800);
    assert.equal(await hasSidebarHost(page), false);
  });
});

describe('Firefox managed policy: ruleByPayer, and bad keys ignored with a warning', { skip, timeout: 600_000 }, () => {
  const ff = withPolicy({
    orgName: 'Riverside Rehab',
    ruleByPayer: { commercial: 'ama', medicare: 'cms' },
    autoOpen: true, // valid: in force
    unitRule: 5, // wrong type: Firefox passes it through, TheraCode ignores it
    notAKey: true, // unknown: ignored
  });

  test('the valid keys apply, the bad one is ignored and named for IT', async () => {
    const { options, data } = await effective(ff);
    assert.equal(data.values.unitRule, 'cms');
    assert.deepEqual(data.lockedKeys.sort(), ['autoOpen', 'orgName', 'ruleByPayer']);
    await waitFor(
      () => testIdText(options, 'policy-warnings'),
      (t) => t.includes('Policy "unitRule" was ignored'),
      'the policy warning',
    );
    assert.match(await testIdText(options, 'org-payers'), /Medicare → CMS, Commercial → AMA/);
    assert.equal(
      await options.$eval('[data-testid="setting-unitRule"] input[type="radio"]', (i) => i.matches(':disabled')),
      false,
    );
    await options.close();
  });

  test('choosing Commercial in the sidebar makes the organization’s AMA rule lead', async () => {
    const page = await typeDemoNote(ff, '127.0.0.1');
    let s = await expectSidebar(page, { code: '97530', minutes: 12 });
    assert.match(s.header, /Set up by Riverside Rehab/);
    assert.equal(s.lead, 'CMS units (in use)'); // no payer chosen yet: the default rule
    const select = await sidebarElement(page, 'payer-select');
    assert.ok(select, 'the payer selector is shown');
    await select.select('commercial');
    s = await waitForSidebar(page, (x) => x.lead === 'AMA units (in use)', 'the AMA rule leading');
    assert.equal(s.ruleLock, 'AMA rule · Set by your organization for Commercial');
    await select.select('medicare');
    s = await waitForSidebar(page, (x) => x.lead === 'CMS units (in use)', 'the CMS rule leading');
    assert.equal(s.ruleLock, 'CMS 8-minute rule · Set by your organization for Medicare');
  });
});
