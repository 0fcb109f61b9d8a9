/**
 * Lifecycle (issue #8): the service worker is stopped mid-session and the sidebar keeps working; an
 * extension reload leaves open pages without stale sidebars or listeners; a tab's results die with it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { TRUST_EVENTS } from '../../lib/editors/trust';
import { collectPageErrors, expect, extensionErrors, sidebar, test, typeLikeAPerson } from './fixtures';

declare const chrome: {
  runtime: { reload(): void; sendMessage(msg: object): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/** The content script's capture-phase document listeners: the watcher's two and the trust gate's six. */
const WATCHER_LISTENERS = ['focusin', 'input', ...TRUST_EVENTS].sort();

/** What the background tells an extension page (the popup's question) about a tab, asked from a new options tab. */
async function tabState(context: BrowserContext, extensionId: string, tabId: number | undefined) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  return () => ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'getTabState', tabId: id }), tabId);
}

test('the sidebar keeps working after the service worker is stopped', async ({
  context,
  page,
  server,
  sw,
  extensionId,
}) => {
  await page.goto(`${server.url}/demo/ehr.html`);
  await page.locator('#objective').click();
  await page.keyboard.type('Ther ex 15 min: LAQ 3x10 for quad strength. ', { delay: 2 });
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97110');
  const [tabId] = (await sw.evaluate(() => chrome.tabs.query({}))).map((t) => t.id);

  // Stop the extension's worker through the DevTools protocol: the same StopWorker Chromium runs
  // after 30 s idle (and chrome://serviceworker-internals' Stop button). Its ports drop; the open
  // sidebar page does not connect again by itself (that would wake the worker at once, every time
  // it went idle), so the worker stays stopped.
  const cdp = await context.newCDPSession(page);
  const statuses: WorkerVersion[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...(e.versions as WorkerVersion[])));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => statuses.find((v) => v.scriptURL === sw.url())).toBeTruthy();
  const version = statuses.find((v) => v.scriptURL === sw.url()) as WorkerVersion;
  const before = statuses.length;
  await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
  const after = () => statuses.slice(before).filter((v) => v.versionId === version.versionId);
  await expect.poll(() => after().some((v) => v.runningStatus === 'stopped')).toBe(true);
  await page.waitForTimeout(3000);
  expect(after().at(-1)?.runningStatus).toBe('stopped');

  // Asked about the tab (the popup's question), the new worker knows no note there, so it asks open
  // sidebar pages to connect; this one does and has the frame holding its note send it once more.
  const state = await tabState(context, extensionId, tabId);
  await expect.poll(state).toEqual({ ok: true, data: { suggested: '97110', hasNote: true } });
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97110');

  // The next keystrokes reach the new worker and the sidebar follows.
  await page.bringToFront();
  await page.locator('#objective').click();
  await page.keyboard.press('End');
  await page.keyboard.type('TA 20 min: box lift 10# x8 to simulate lifting groceries at home.', { delay: 2 });
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97530');
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97530"]')).toContainText('20');

  // Stopped again, and this time the next keystroke is what wakes it: the result finds no port, the
  // worker asks the sidebar page to connect, and the page shows it.
  const again = statuses.length;
  const current = statuses.at(-1) as WorkerVersion;
  await cdp.send('ServiceWorker.stopWorker', { versionId: current.versionId });
  await expect.poll(() => statuses.slice(again).some((v) => v.runningStatus === 'stopped')).toBe(true);
  await page.keyboard.type(' Gait 8 min: 150 ft with RW to improve gait pattern.', { delay: 2 });
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97116"]')).toContainText('8');
});

/**
 * Capture-phase listeners on the top document from every extension world (DevTools reports a
 * world's listeners only to that world, so each isolated world is asked in turn).
 */
async function extensionDocumentListeners(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable'); // replays every existing context
    const found: string[] = [];
    for (const w of worlds.filter(
      (c) => c.origin.startsWith('chrome-extension://') && c.auxData?.isDefault === false,
    )) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'window === window.top ? document : null',
        contextId: w.id,
      });
      if (!result.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      for (const l of listeners) if (l.useCapture) found.push(l.type);
    }
    return found.sort();
  } finally {
    await cdp.detach();
  }
}

test('an extension reload leaves no stale sidebar and no orphan listeners; a new page gets one working sidebar', async ({
  context,
  page,
  server,
  sw,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength. ');
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97110');
  // the content script listens on the document in capture phase (the page itself does not): the
  // watcher's focusin and input, and the trust gate's user-input events (lib/editors/trust.ts)
  expect(await extensionDocumentListeners(page)).toEqual(WATCHER_LISTENERS);

  const next = context.waitForEvent('serviceworker');
  await sw.evaluate(() => chrome.runtime.reload());
  const worker = await next;
  expect(new URL(worker.url()).host).toBe(new URL(sw.url()).host);

  // The old script's context is dead now; the next keystrokes must not be followed by a stale sidebar.
  await typeLikeAPerson(page, 'TA 20 min: box lift 10# x8 to simulate lifting groceries at home.');
  const sidebars = page.locator('theracode-sidebar');
  await expect.poll(() => sidebars.count(), { timeout: 8000 }).toBeLessThanOrEqual(1);
  // Chromium injects no new content script into open pages, so 0 is expected; if one ever runs,
  // the one sidebar left must follow the note
  await expect
    .poll(
      async () =>
        (await sidebars.count()) === 0
          ? 'none'
          : await (await sidebar(page)).getByTestId('suggested-code').textContent(),
      {
        timeout: 8000,
      },
    )
    .toMatch(/^none$|97530/);
  if ((await sidebars.count()) === 0) expect(await extensionDocumentListeners(page)).toEqual([]);
  await expect(page.locator('#note')).toHaveValue(
    'Ther ex 15 min: LAQ 3x10 for quad strength. TA 20 min: box lift 10# x8 to simulate lifting groceries at home.',
  );

  // A page loaded after the reload runs the new content script: exactly one sidebar, and it works.
  await page.reload();
  await page.locator('#note').click();
  await typeLikeAPerson(page, 'TA 20 min: box lift 10# x8 to simulate lifting groceries at home.');
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97530');
  await expect(sidebars).toHaveCount(1);
  expect(extensionErrors(errors)).toEqual([]);
});

test("a tab's in-memory result is dropped when the tab navigates and when it closes", async ({
  context,
  page,
  server,
  sw,
  extensionId,
}) => {
  const THER_EX = 'Ther ex 15 min: LAQ 3x10 for quad strength.';
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX);
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97110');
  const [tabId] = (await sw.evaluate(() => chrome.tabs.query({}))).map((t) => t.id);
  const state = await tabState(context, extensionId, tabId);
  const held = { ok: true, data: { suggested: '97110', hasNote: true } };
  const gone = { ok: true, data: { suggested: null, hasNote: false } };
  expect(await state()).toEqual(held);

  await page.goto(`${server.url}/no-fields.html`);
  await expect.poll(state).toEqual(gone);

  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX);
  await expect.poll(state).toEqual(held);
  await page.close();
  await expect.poll(state).toEqual(gone);
});
