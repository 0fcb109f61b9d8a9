/**
 * The older and newer editor families EHRs ship, from npm at pinned versions: CKEditor 4 (iframe
 * mode), a designMode iframe (Telerik/Kendo style), Lexical (vanilla) and Slate (React). Each is typed
 * into like a person; the sidebar shows the code, the minutes and a missing element, the page's note
 * is exactly what was typed (read through the editor's own API), and the page loaded nothing from
 * outside the loopback fixture server (every asset is local, the editors' phone-home calls are off).
 */
import type { Page } from '@playwright/test';
import { expect, expectMissing, expectSidebarCode, sidebar, THER_EX_NOTE, test, typeLikeAPerson } from './fixtures';

const NOTE = THER_EX_NOTE;

/** Record every request the page makes that does not go to the fixture server. */
function outsideRequests(page: Page, serverUrl: string): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(serverUrl) && !/^(data|blob|about|chrome-extension):/.test(url)) seen.push(url);
  });
  return seen;
}

async function editorReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
}

/** What the page's own editor API says the note is. */
function pageNote(page: Page, expr: string): Promise<string> {
  return page.evaluate(expr) as Promise<string>;
}

test('CKEditor 4.22.1 (iframe mode, version check and remote spell check off)', async ({ page, server }) => {
  const outside = outsideRequests(page, server.url);
  await page.goto(`${server.url}/ckeditor4.html`);
  await editorReady(page);
  await page.frameLocator('iframe.cke_wysiwyg_frame').locator('body').click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response'); // the note states no patient response
  expect(await pageNote(page, 'noteEditor.editable().getText().trim()')).toBe(NOTE);
  expect(await pageNote(page, 'noteEditor.getData().trim()')).toBe(`<p>${NOTE}</p>`);
  expect(outside).toEqual([]);
});

test('designMode iframe (Telerik/Kendo style)', async ({ page, server }) => {
  const outside = outsideRequests(page, server.url);
  await page.goto(`${server.url}/designmode.html`);
  await editorReady(page);
  await page.frameLocator('#editor').locator('body').click();
  await typeLikeAPerson(page, NOTE);
  // 15, not 45: the editor document's <title> ("Ther ex 30 min template") is not part of the note
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response');
  const body = page.frameLocator('#editor').locator('body');
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the user sees, as the extension reads it
  expect(await body.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe(NOTE);
  expect(outside).toEqual([]);
});

test('Lexical 0.53 (vanilla, plain text)', async ({ page, server }) => {
  const outside = outsideRequests(page, server.url);
  await page.goto(`${server.url}/lexical.html`);
  await editorReady(page);
  await page.locator('#note').click();
  await typeLikeAPerson(page, NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response');
  expect(await pageNote(page, 'noteText()')).toBe(NOTE);
  expect(outside).toEqual([]);
});

test('Slate 0.146 (React 19), placeholder not read as text', async ({ page, server }) => {
  const outside = outsideRequests(page, server.url);
  await page.goto(`${server.url}/slate.html`);
  await editorReady(page);
  const editable = page.locator('[data-slate-editor="true"]');
  await editable.click();
  await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
  await page.keyboard.press('Enter');
  await typeLikeAPerson(page, 'Gait training 8 min with RW, CGA');
  await expectSidebarCode(page, '97110', 15);
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97116"]')).toContainText('8 min');
  await expectMissing(page, '97110', 'response');
  expect(await pageNote(page, 'noteText()')).toBe(`${NOTE}\nGait training 8 min with RW, CGA`);
  expect(outside).toEqual([]);
});
