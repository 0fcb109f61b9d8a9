/** Playwright fixtures: Chromium with the built extension, a loopback server for fixture pages. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, launchWithExtension } from '../../lib/launch/chromium';
import { type StaticServer, serveStatic } from '../../lib/launch/static-server';

export const PAGES_DIR = path.resolve('tests/e2e/pages');
export const DEMO_DIR = path.resolve('assets/demo');

interface Fixtures {
  context: BrowserContext;
  page: Page;
  sw: Worker;
  extensionId: string;
}

interface WorkerFixtures {
  server: StaticServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await serveStatic({
        '/demo/': DEMO_DIR,
        '/node_modules/': path.resolve('node_modules'),
        '/': PAGES_DIR,
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    test.skip(
      !existsSync(CHROMIUM_PATH),
      `no Chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`,
    );
    test.skip(!existsSync(path.join(EXTENSION_DIR, 'manifest.json')), 'no build: run npm run build first');
    const context = await launchWithExtension({ headless: true });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  sw: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;

/** Type like a person: real key events with a small delay. */
export async function typeLikeAPerson(page: Page, text: string, delay = 5): Promise<void> {
  await page.keyboard.type(text, { delay });
}
