import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './lib/launch/chromium';

// One worker: each test launches its own Chromium with the unpacked extension (2-core machines).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // The same browser finder as `npm start` (lib/launch/find-browser.ts).
  use: { trace: 'off', launchOptions: { executablePath: CHROMIUM_PATH } },
});
