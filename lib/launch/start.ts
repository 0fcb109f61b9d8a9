/**
 * `npm start`: build the extension, print the CLI's analysis of the sample note, then open the
 * demo EHR page in Chromium with the extension loaded and type the sample note like a person.
 *   npm start                                   headful where a display exists
 *   npm start -- --headless --screenshot FILE   headless: write a PNG of the sidebar and exit
 *   npm start -- --no-build                     reuse .output/chrome-mv3
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run as runCli } from '../cli/main';
import { launchWithExtension } from './chromium';
import { ensureBrowser } from './ensure-browser';
import { currentSidebar } from './sidebar-frame';
import { serveStatic } from './static-server';

const DEMO_DIR = path.resolve('assets/demo');
const SAMPLE = path.join(DEMO_DIR, 'sample-note.txt');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const wantsHeadless = process.argv.includes('--headless') || !process.env.DISPLAY;
  const screenshot = option('--screenshot') ?? (wantsHeadless ? 'theracode-demo.png' : undefined);
  // Find (or install) the browser first: a missing one should stop us before a minute of building.
  const browser = ensureBrowser();
  process.stdout.write(`Browser: ${browser.path} (${browser.source})\n`);
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) return build.status ?? 1;
  }

  process.stdout.write(`\n── CLI: theracode analyze ${path.relative(process.cwd(), SAMPLE)} ──\n`);
  await runCli(['analyze', SAMPLE]);

  const server = await serveStatic({ '/': DEMO_DIR });
  const context = await launchWithExtension({ headless: wantsHeadless, executablePath: browser.path });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/ehr.html`);
  process.stdout.write(`\n── Chromium: demo EHR at ${server.url}/ehr.html ──\n`);

  // Type the sample note into the Objective field as a therapist would.
  const note = readFileSync(SAMPLE, 'utf8').trim();
  await page.locator('#objective').click();
  await page.keyboard.insertText(note.slice(0, -40));
  await page.keyboard.type(note.slice(-40), { delay: 15 });
  // the sidebar is the extension's own page, framed in the EHR page (design.md §3.3)
  const deadline = Date.now() + 15_000;
  let frame = currentSidebar(page);
  while (!frame && Date.now() < deadline) {
    await page.waitForTimeout(100);
    frame = currentSidebar(page);
  }
  if (!frame) throw new Error('the sidebar did not appear');
  const suggested = frame.getByTestId('suggested-code');
  await suggested.filter({ hasText: /97\d{3}/ }).waitFor({ timeout: 15_000 });
  process.stdout.write(`Sidebar suggests: ${(await suggested.textContent())?.trim()}\n`);

  if (screenshot) {
    await page.screenshot({ path: screenshot });
    process.stdout.write(`Screenshot written to ${screenshot}\n`);
    await context.close();
    await server.close();
    return 0;
  }
  process.stdout.write('Close the browser window to finish.\n');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await server.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`theracode start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
