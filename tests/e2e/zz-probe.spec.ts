import { expect, sidebar, test } from './fixtures';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}
test('probe stop', async ({ context, page, server, sw }) => {
  await page.goto(`${server.url}/demo/ehr.html`);
  await page.locator('#objective').click();
  await page.keyboard.type('Ther ex 15 min: LAQ 3x10 for quad strength. ', { delay: 2 });
  await expect((await sidebar(page)).getByTestId('suggested-code')).toContainText('97110');
  const cdp = await context.newCDPSession(page);
  const statuses: WorkerVersion[] = [];
  const t0 = Date.now();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions as WorkerVersion[]) {
      statuses.push(v);
      console.log(Date.now() - t0, v.versionId, v.runningStatus, v.scriptURL.slice(0, 60));
    }
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => statuses.find((v) => v.scriptURL === sw.url())).toBeTruthy();
  const version = statuses.find((v) => v.scriptURL === sw.url()) as WorkerVersion;
  console.log('stopping', version.versionId);
  await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
  await page.waitForTimeout(4000);
});
