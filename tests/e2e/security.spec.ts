/// <reference types="chrome" />
/**
 * The EHR page can neither read TheraCode nor steer it (issue #12). Each test is one attack from a
 * page or a frame of it, as a security review reproduced them against the sidebar that lived in the
 * page's DOM; each fails against that design.
 */
import type { Page } from '@playwright/test';
import { EXTENSION_ID } from '../../lib/settings/extension-id';
import { currentSidebar, expect, expectSidebarCode, sidebar, THER_EX_NOTE, test, typeLikeAPerson } from './fixtures';

const SECRET_NOTE = 'Pt Jane Roe, dx L CVA. Ther ex 15 min: LAQ 3x10 for quad strength, pt tolerated well.';
const SECRET_WORDS = ['Jane Roe', 'CVA', 'LAQ', 'quad strength', 'tolerated'];

/** Everything the page's own script can read: the whole DOM, open shadow roots included, text and attributes. */
function readableByPage(page: Page): Promise<{ text: string; hostRoot: string }> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) parts.push(el.getAttribute(a) ?? '');
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.textContent ?? '');
          walk(el.shadowRoot);
        }
        if (el instanceof HTMLIFrameElement) {
          try {
            parts.push(el.contentDocument?.documentElement.textContent ?? '');
          } catch {
            // a cross-origin frame: the browser keeps it from the page, as it should
          }
        }
      }
    };
    parts.push(document.documentElement.textContent ?? '');
    walk(document);
    const host = document.querySelector('theracode-sidebar');
    return { text: parts.join('\n'), hostRoot: host ? String(host.shadowRoot) : 'no host' };
  });
}

/** Let the sidebar show cross-site frames from `host` (the user's crossSiteFrames setting). */
async function allowFramesFrom(page: Page, host: string): Promise<void> {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const reply = await options.evaluate(
    (h) => chrome.runtime.sendMessage({ type: 'setUserSettings', settings: { crossSiteFrames: [h] } }),
    host,
  );
  expect(reply).toEqual({ ok: true });
  await options.close();
}

test('a note in a cross-site frame is not shown by default, and nothing of it reaches the top page', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/xsite-top.html`);
  const frame = page.frameLocator('#ehr');
  await frame.locator('#note').click();
  await typeLikeAPerson(page, SECRET_NOTE, 2);
  await page.waitForTimeout(1500); // several analyses would have come and gone by now
  expect(currentSidebar(page)).toBeUndefined();
  const seen = await readableByPage(page);
  for (const w of SECRET_WORDS) expect(seen.text).not.toContain(w);
});

test('allowed by setting, the cross-site note is analysed in the sidebar page, names its host, and the top page reads none of it', async ({
  page,
  server,
}) => {
  await allowFramesFrom(page, 'localhost');
  await page.goto(`${server.url}/xsite-top.html`);
  await page.frameLocator('#ehr').locator('#note').click();
  await typeLikeAPerson(page, SECRET_NOTE, 2);
  await expectSidebarCode(page, '97110', 15);
  const sb = await sidebar(page);
  await expect(sb.getByTestId('frame-host')).toHaveText('Note in a frame from localhost');
  // the sidebar quotes the note (snippets, summary)…
  await sb.getByTestId('show-defense').click();
  await expect(sb.getByTestId('defense-summary')).toContainText('LAQ');
  // …and the top page, searching everything it can reach, finds none of it
  const seen = await readableByPage(page);
  expect(seen.hostRoot).toBe('null'); // the host's shadow root is closed
  for (const w of SECRET_WORDS) expect(seen.text).not.toContain(w);
  // the sidebar document is the extension's own page, framed by the one host element
  expect(new URL(sb.url()).pathname).toBe('/sidebar.html');
  await expect(page.locator('theracode-sidebar')).toHaveCount(1);
});

test('synthetic input from the page or a frame changes nothing: the therapist’s note stays the one shown', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/widget-host.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  const planted = 'TA 53 min: lifting crates to simulate work tasks, 4 units.';
  // a widget frame plants an off-screen field, focuses it and fires input events at it
  const widget = page.frame({ url: /third-party\.html/ });
  expect(
    await widget?.evaluate((t) => (window as unknown as { plant: (t: string) => boolean }).plant(t), planted),
  ).toBe(true);
  // and the top page does the same in its own document
  await page.evaluate((t) => {
    const ta = document.createElement('textarea');
    ta.style.cssText = 'position:absolute;left:-9999px';
    document.body.append(ta);
    ta.value = t;
    ta.focus();
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }, planted);
  await page.waitForTimeout(1500);
  const sb = await sidebar(page);
  await expect(sb.getByTestId('suggested-code')).toContainText('97110');
  await expect(sb.locator('[data-testid="code-row"][data-code="97530"]')).toHaveCount(0);
  await expect(sb.locator('[data-testid="code-row"][data-code="97110"]')).toContainText('15 min');
});

test('synthetic clicks and keys from the page reach none of the sidebar’s controls', async ({ page, server }) => {
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  const sb = await sidebar(page);
  const box = await sb.locator('aside').boundingBox();
  const reached = await page.evaluate(() => {
    const host = document.querySelector('theracode-sidebar') as HTMLElement;
    // everything a page script can aim at: the host, the point where the Hide button is, the document
    for (const target of [host, document.elementFromPoint(innerWidth - 20, 20), document.body, document]) {
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      target?.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: innerWidth - 340 }),
      );
    }
    return { root: host.shadowRoot, frames: host.querySelectorAll('iframe').length };
  });
  expect(reached).toEqual({ root: null, frames: 0 });
  await page.waitForTimeout(500);
  await expect(sb.locator('aside')).toBeVisible();
  expect(await sb.locator('aside').boundingBox()).toEqual(box);
});

test('injected styles and scripts leave the sidebar as it was', async ({ page, server }) => {
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, `${THER_EX_NOTE}. TA 12 min: sit to stand to simulate transfers`, 2);
  const sb = await sidebar(page);
  await expect(sb.locator('[data-testid="missing-element"]').first()).toBeVisible();
  const missing = await sb.locator('[data-testid="missing-element"]').count();
  const before = await sb.locator('aside').boundingBox();
  await page.evaluate(() => {
    const css = `theracode-sidebar, theracode-sidebar *, iframe { display: none !important; opacity: 0 !important;
      visibility: hidden !important; width: 0 !important; transform: scale(0) !important; }
      [data-testid="missing-element"], .tc-flags { display: none !important; }`;
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    const host = document.querySelector('theracode-sidebar') as HTMLElement;
    host.setAttribute('style', 'display:none !important');
    // what worked against an open shadow root: styles and scripts put inside it
    const root = host.shadowRoot;
    if (root) {
      const inner = document.createElement('style');
      inner.textContent = css;
      root.append(inner);
      for (const el of root.querySelectorAll('[data-testid="missing-element"]')) el.remove();
    }
  });
  await page.waitForTimeout(300);
  await expect(sb.locator('aside')).toBeVisible();
  expect(await sb.locator('aside').boundingBox()).toEqual(before);
  await expect(sb.locator('[data-testid="missing-element"]')).toHaveCount(missing);
  await expect(sb.locator('[data-testid="missing-element"]').first()).toBeVisible();
  // and the frame itself is still on screen where it was
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x as number, y as number)?.tagName.toLowerCase(),
    [(before?.x ?? 0) + 50, (before?.y ?? 0) + 50],
  );
  expect(hit).toBe('theracode-sidebar');
});

/** Run `expression` in the top frame's content-script world (found through DevTools). */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { isDefault?: boolean; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = worlds.find(
      (w) =>
        w.origin.startsWith('chrome-extension://') &&
        w.auxData?.isDefault === false &&
        w.auxData.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error('no content-script world in the top frame');
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true });
    return result.value;
  } finally {
    await cdp.detach();
  }
}

test('a content script cannot write storage: only the extension’s own pages and worker can', async ({
  page,
  server,
  sw,
}) => {
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  const attempt = await inContentScript(
    page,
    `(async () => {
      try {
        await chrome.storage.local.set({ settings: { sites: { mode: 'allowList', allow: [], deny: [] } }, 'sidebarLayout:127.0.0.1': { collapsed: true } });
        return 'written';
      } catch (e) {
        return 'refused';
      }
    })()`,
  );
  expect(attempt).toBe('refused');
  const stored = await sw.evaluate(() => chrome.storage.local.get(['settings', 'sidebarLayout:127.0.0.1']));
  expect(JSON.stringify(stored)).not.toContain('allowList');
  expect(JSON.stringify(stored)).not.toContain('"collapsed":true');
});

test('the page sees no extension id and cannot switch TheraCode off with a forged start-up event', async ({
  page,
  server,
}) => {
  // record every message and every start-up announcement the page could see, from the very start
  await page.addInitScript((id) => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    addEventListener('message', (e) => w.seen.push(`message ${JSON.stringify(e.data)}`));
    document.addEventListener(`${id}:editor:wxt:content-script-started`, () => w.seen.push('start-up event'));
  }, EXTENSION_ID);
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((s) => s.includes(EXTENSION_ID) || s === 'start-up event')).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(EXTENSION_ID);
  // the event WXT's content scripts obey, forged by the page: ours does not listen
  await page.evaluate((id) => {
    const type = `${id}:editor:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'editor', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'editor', messageId: 'forged' }, '*');
  }, EXTENSION_ID);
  await page.locator('#note').press('End');
  await typeLikeAPerson(page, '. TA 20 min: box lift 10# x8 to simulate lifting groceries at home.');
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97530"]')).toContainText('20 min');
});
