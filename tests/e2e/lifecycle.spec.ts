/** Lifecycle (issue #8): the service worker is stopped mid-session and the sidebar keeps working. */
import { expect, test } from './fixtures';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

test('the sidebar keeps working after the service worker is stopped', async ({ context, page, server, sw }) => {
  await page.goto(`${server.url}/demo/ehr.html`);
  await page.locator('#objective').click();
  await page.keyboard.type('Ther ex 15 min: LAQ 3x10 for quad strength. ', { delay: 2 });
  await expect(page.getByTestId('suggested-code')).toContainText('97110');

  // Stop the extension's worker through the DevTools protocol, as Chromium does after idle.
  const cdp = await context.newCDPSession(page);
  const statuses: WorkerVersion[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...(e.versions as WorkerVersion[])));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => statuses.find((v) => v.scriptURL === sw.url())).toBeTruthy();
  const version = statuses.find((v) => v.scriptURL === sw.url()) as WorkerVersion;
  await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
  await expect
    .poll(() => statuses.filter((v) => v.versionId === version.versionId).at(-1)?.runningStatus)
    .toBe('stopped');

  // The next keystrokes wake the worker and the sidebar follows.
  await page.keyboard.type('TA 20 min: box lift 10# x8 to simulate lifting groceries at home.', { delay: 2 });
  await expect(page.getByTestId('suggested-code')).toContainText('97530');
  await expect(page.locator('[data-testid="code-row"][data-code="97530"]')).toContainText('20');
});
