/**
 * Firefox ESR: the demo EHR and each editor family typed into like a person; the sidebar shows the
 * code, minutes (and units) and a missing element, and the page's note is exactly what was typed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Frame, Page } from 'puppeteer-core';
import { skipReason, sleep, typeLikeAPerson, useFirefox, waitFor } from './harness';
import { expectSidebar, hasSidebarHost, readSidebar } from './sidebar';

const NOTE = 'Ther ex 15 min: LAQ 3x10 for quad strength';
const skip = skipReason();

describe('Firefox: demo page and editors', { skip, timeout: 600_000 }, () => {
  const ff = useFirefox();
  const open = (path: string) => ff.open(path);

  /** The frame whose URL ends with `suffix`. */
  async function frameOf(p: Page, suffix: string): Promise<Frame> {
    await waitFor(
      async () => p.frames().map((f) => f.url()),
      (urls) => urls.some((u) => u.endsWith(suffix)),
      `a frame ${suffix}`,
    );
    return p.frames().find((f) => f.url().endsWith(suffix)) as Frame;
  }

  test('demo EHR: a 97530 note in the treatment textarea', async () => {
    const p = await open('/demo/ehr.html');
    await p.click('#objective');
    const note = 'TA (12 min): sit to stand from low chair x10 to simulate toilet transfers, min A.';
    await typeLikeAPerson(p, note);
    const s = await expectSidebar(p, { code: '97530', minutes: 12, cmsUnits: '1 unit' });
    assert.equal(await p.$eval('#objective', (el) => (el as HTMLTextAreaElement).value), note);
    // the sidebar is the add-on's own moz-extension page in a closed shadow root: the page cannot reach it
    assert.equal(s.where, 'extension frame');
    assert.equal(await p.evaluate(() => document.querySelector('theracode-sidebar')?.shadowRoot), null);
    assert.equal(await p.evaluate(() => document.querySelectorAll('[data-testid]').length), 0);
  });

  test('demo EHR: the read-only vitals field gets no sidebar', async () => {
    const p = await open('/demo/ehr.html');
    await p.click('#vitals');
    await sleep(600);
    assert.equal(await hasSidebarHost(p), false);
  });

  test('textarea', async () => {
    const p = await open('/textarea.html');
    await p.click('#note');
    await typeLikeAPerson(p, NOTE);
    await expectSidebar(p, { code: '97110', minutes: 15, cmsUnits: '1 unit', missing: 'response' });
    assert.equal(await p.$eval('#note', (el) => (el as HTMLTextAreaElement).value), NOTE);
  });

  test('contenteditable', async () => {
    const p = await open('/contenteditable.html');
    await p.click('#note');
    await typeLikeAPerson(p, NOTE);
    await expectSidebar(p, { code: '97110', minutes: 15, cmsUnits: '1 unit', missing: 'response' });
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the user sees, as the extension reads it
    assert.equal(await p.$eval('#note', (el) => (el as HTMLElement).innerText.trim()), NOTE);
  });

  test('TinyMCE (about:blank iframe)', async () => {
    const p = await open('/tinymce.html');
    await clickIntoFrame(p, 'iframe.tox-edit-area__iframe');
    await typeLikeAPerson(p, NOTE);
    await expectSidebar(p, { code: '97110', minutes: 15, cmsUnits: '1 unit', missing: 'response' });
    const text = await p.evaluate(() =>
      (window as unknown as { noteEditor: { getContent: (o: object) => string } }).noteEditor.getContent({
        format: 'text',
      }),
    );
    assert.equal(text, NOTE);
  });

  /** Wait for the fixture page's editor, then click into the body of its iframe `selector`. */
  async function clickIntoFrame(p: Page, selector: string): Promise<Frame> {
    await p.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
    const iframe = await p.waitForSelector(selector);
    const frame = (await iframe?.contentFrame()) as Frame;
    await frame.click('body');
    return frame;
  }

  test('CKEditor 4.22.1 (iframe mode)', async () => {
    const p = await open('/ckeditor4.html');
    await clickIntoFrame(p, 'iframe.cke_wysiwyg_frame');
    await typeLikeAPerson(p, NOTE);
    await expectSidebar(p, { code: '97110', minutes: 15, cmsUnits: '1 unit', missing: 'response' });
    const data = await p.evaluate(() =>
      (window as unknown as { noteEditor: { getData: () => string } }).noteEditor.getData().trim(),
    );
    assert.equal(data, `<p>${NOTE}</p>`);
  });

  test('designMode iframe (Telerik/Kendo style)', async () => {
    const p = await open('/designmode.html');
    const frame = await clickIntoFrame(p, '#editor');
    await typeLikeAPerson(p, NOTE);
    // 15, not 45: the editor document's <title> ("Ther ex 30 min template") is not part of the note
    await expectSidebar(p, { code: '97110', minutes: 15, cmsUnits: '1 unit', missing: 'response' });
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the user sees, as the extension reads it
    assert.equal(await frame.$eval('body', (el) => (el as HTMLElement).innerText.trim()), NOTE);
  });

  test('same-origin iframes nested two deep', async () => {
    const p = await open('/nested.html');
    const inner = await frameOf(p, '/nested-level2.html');
    await inner.waitForSelector('#note');
    await inner.click('#note');
    await typeLikeAPerson(p, NOTE);
    await expectSidebar(p, { code: '97110', minutes: 15, cmsUnits: '1 unit', missing: 'response' });
    assert.equal(await inner.$eval('#note', (el) => (el as HTMLTextAreaElement).value), NOTE);
    // the sidebar lives in the top document only
    assert.equal(await hasSidebarHost(p), true);
    assert.equal(await hasSidebarHost(await frameOf(p, '/nested-level1.html')), false);
    assert.equal(await hasSidebarHost(inner), false);
  });

  test('the note is read as it changes: a second statement adds a code', async () => {
    const p = await open('/textarea.html');
    await p.click('#note');
    await typeLikeAPerson(p, `${NOTE}. `);
    await expectSidebar(p, { code: '97110', minutes: 15 });
    await typeLikeAPerson(p, 'Gait training 10 min with RW to improve step length, CGA.');
    const s = await expectSidebar(p, { code: '97110', minutes: 15 });
    const gait = await waitFor(
      () => readSidebar(p),
      (x) => x.rows.some((r) => r.code === '97116' && r.minutes === '10 min'),
      '97116 with 10 min',
    );
    assert.ok(s.rows.length >= 1 && gait.rows.length === 2, JSON.stringify(gait.rows));
  });
});
