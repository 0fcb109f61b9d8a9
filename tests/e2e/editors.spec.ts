/**
 * One test per editor family a web EHR uses: type like a person, then the sidebar shows the code and
 * minutes and a missing documentation element, and the page's note is exactly what was typed (read through the editor's own API).
 */
import type { Page } from '@playwright/test';
import { expect, expectMissing, expectSidebarCode, THER_EX_NOTE, test, typeLikeAPerson } from './fixtures';

const NOTE = THER_EX_NOTE;

async function editorReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
}

test('textarea', async ({ page, server }) => {
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  await expect(page.locator('#note')).toHaveValue(NOTE);
});

test('contenteditable', async ({ page, server }) => {
  await page.goto(`${server.url}/contenteditable.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the user sees, as the extension reads it
  expect(await page.locator('#note').evaluate((el) => (el as HTMLElement).innerText.trim())).toBe(NOTE);
});

test('TinyMCE (about:blank iframe)', async ({ page, server }) => {
  await page.goto(`${server.url}/tinymce.html`);
  await editorReady(page);
  await page.frameLocator('iframe.tox-edit-area__iframe').locator('body').click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  const text = await page.evaluate(() =>
    (window as unknown as { noteEditor: { getContent: (o: object) => string } }).noteEditor.getContent({
      format: 'text',
    }),
  );
  expect(text).toBe(NOTE);
});

test('CKEditor 5', async ({ page, server }) => {
  await page.goto(`${server.url}/ckeditor5.html`);
  await editorReady(page);
  await page.locator('.ck-editor__editable').click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  const data = await page.evaluate(() =>
    (window as unknown as { noteEditor: { getData: () => string } }).noteEditor.getData(),
  );
  expect(data).toBe(`<p>${NOTE}</p>`);
});

test('Quill 2', async ({ page, server }) => {
  await page.goto(`${server.url}/quill.html`);
  await editorReady(page);
  await page.locator('.ql-editor').click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  const text = await page.evaluate(() =>
    (window as unknown as { noteEditor: { getText: () => string } }).noteEditor.getText(),
  );
  expect(text).toBe(`${NOTE}\n`);
});

test('ProseMirror', async ({ page, server }) => {
  await page.goto(`${server.url}/prosemirror.html`);
  await editorReady(page);
  await page.locator('.ProseMirror').click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  const text = await page.evaluate(
    () =>
      (window as unknown as { noteEditor: { state: { doc: { textContent: string } } } }).noteEditor.state.doc
        .textContent,
  );
  expect(text).toBe(NOTE);
});

test('same-origin iframes nested two deep', async ({ page, server }) => {
  await page.goto(`${server.url}/nested.html`);
  const field = page.frameLocator('#tab').frameLocator('#form').locator('#note');
  await field.click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  await expect(field).toHaveValue(NOTE);
  // the sidebar lives in the top document only
  await expect(page.locator('theracode-sidebar')).toHaveCount(1);
  await expect(page.frameLocator('#tab').locator('theracode-sidebar')).toHaveCount(0);
});

test('open shadow roots (web components)', async ({ page, server }) => {
  await page.goto(`${server.url}/shadow.html`);
  const ta = page.locator('ehr-textarea textarea');
  await ta.click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  await expect(ta).toHaveValue(NOTE);
  // the contenteditable in the outer shadow root becomes the note when the user moves to it
  await page.locator('#rich').click();
  await typeLikeAPerson(page, 'Balance training 10 min for proprioception');
  await expectSidebarCode(page, '97112', 10);
  await expectMissing(page, '97112', 'skilled-input');
});

test('SPA re-render replaces the field while the user types', async ({ page, server }) => {
  await page.goto(`${server.url}/spa.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, 'Ther ex 15 min: ');
  await page.waitForTimeout(200);
  await typeLikeAPerson(page, 'LAQ 3x10 for quad strength');
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  await expect(page.locator('#note')).toHaveValue(NOTE);
  expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBeGreaterThan(1);
});
