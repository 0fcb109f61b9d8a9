/**
 * Regenerate assets/readme/audit-report.png: audit the demo notes in assets/demo/audit-sample/
 * (with their billed.csv), open the HTML report in Debian's headless Chromium, screenshot it.
 * Run on demand (`npx tsx tests/cli/report-screenshot.ts`), not in the test run, so tests never
 * rewrite a tracked file. tests/cli/audit-html.test.ts renders the same report as a check.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { run } from '../../lib/cli/main';
import { CHROMIUM_PATH } from '../../lib/launch/chromium';

/** The browser the finder picked (lib/launch/find-browser.ts). */
export const CHROMIUM = CHROMIUM_PATH;
// Relative, so the screenshot shows the paths a reader would type, not this machine's.
export const DEMO = 'assets/demo/audit-sample';

/** Write the demo audit as HTML into a temp folder; returns its path. */
export async function demoReport(): Promise<string> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'tc-report-')), 'report.html');
  const argv = ['audit', DEMO, '--billed', path.join(DEMO, 'billed.csv'), '--format', 'html', '--out', out];
  const code = await run(
    argv,
    () => {},
    () => {},
  );
  if (code !== 0) throw new Error(`audit exited ${code}`);
  return out;
}

/** Render an HTML file in headless Chromium and save a viewport screenshot to `png`. */
export async function screenshot(html: string, png: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(`file://${html}`);
    mkdirSync(path.dirname(png), { recursive: true });
    await page.screenshot({ path: png });
  } finally {
    await browser.close();
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const png = 'assets/readme/audit-report.png';
  demoReport()
    .then((html) => screenshot(html, png))
    .then(() => console.error(`wrote ${png}`));
}
