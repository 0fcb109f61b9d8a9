/**
 * Whole-form reading on the demo EHR page (issue #14): with Subjective and a flowsheet row already
 * filled, ≥ 40 timed one-line edits in the Objective box; the note the extension reads each time is
 * the whole form (headings, the grid row, the read-only vitals), not the one box. The sidebar is an
 * extension page in its own frame, so the delay is measured across the two documents on the wall
 * clock (`performance.timeOrigin + now()` in each): the page stamps its last input (the probe), the
 * sidebar frame stamps the moment its ledger shows the new 97110 total.
 */
import type { Frame, Page } from '@playwright/test';
import type { StaticServer } from '../../lib/launch/static-server';
import { EDIT_TIMEOUT_MS } from './lib/probe';
import { type BenchResult, EDITS } from './lib/result';
import { openBrowser, probedPage, typeLine } from './lib/session';
import { summarize } from './lib/stats';
import { startTrace } from './lib/trace';

/** In the sidebar document: resolve with the wall-clock time at which 97110 shows `minutes` (NaN on timeout). */
const ARM = (minutes: number) => `
  window.__shown = new Promise((resolve) => {
    const cell = () => document.querySelector('[data-testid="code-row"][data-code="97110"] [data-testid="code-minutes"]');
    const done = () => (cell()?.textContent ?? '').startsWith('${minutes} min');
    const timer = setTimeout(() => { observer.disconnect(); resolve(NaN); }, ${EDIT_TIMEOUT_MS});
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.timeOrigin + performance.now());
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  });
  0`;

/** The sidebar's document: the extension frame at /sidebar.html. */
async function sidebarFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((fr) => /^chrome-extension:\/\/[^/]+\/sidebar\.html/.test(fr.url()));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('no sidebar frame on the demo page');
}

/** One timed edit: last input in the page → the sidebar frame shows `minutes` for 97110. */
async function timedLine(page: Page, frame: Frame, minutes: number, first: boolean): Promise<number> {
  await frame.evaluate(ARM(minutes));
  await typeLine(page, first);
  const shown = (await frame.evaluate('window.__shown')) as number;
  const lastInput = (await page.evaluate('performance.timeOrigin + window.__lastInput')) as number;
  return shown - lastInput;
}

/** Type into the demo's fields, then time `EDITS` lines in Objective (each adds 1 min of 97110 to the form's note). */
export async function wholeFormBench(server: StaticServer): Promise<BenchResult> {
  const { context, extensionOrigin } = await openBrowser(true);
  try {
    const page = await probedPage(context);
    await page.goto(`${server.url}/demo/ehr.html`);
    const fill = async (selector: string, text: string) => {
      await page.locator(selector).click();
      await page.keyboard.type(text);
    };
    await fill('#subjective', 'Pt reports R knee pain 3/10.');
    await fill('[aria-label="Intervention 1"]', 'NMR');
    await fill('[aria-label="Parameters 1"]', 'Tandem stance on foam for balance, CGA');
    await fill('[aria-label="Minutes 1"]', '10');
    await page.locator('#objective').click();
    const frame = await sidebarFrame(page);
    if (Number.isNaN(await timedLine(page, frame, 1, true))) throw new Error('the sidebar never showed 97110 = 1 min');
    const trace = await startTrace(context, page, extensionOrigin, server.url);
    const samples: number[] = [];
    for (let n = 2; n <= EDITS + 1; n++) samples.push(await timedLine(page, frame, n, false));
    await page.waitForTimeout(300);
    return {
      name: 'demo page, whole form (S, flowsheet, O)',
      latency: summarize(samples),
      longTasks: await trace.stop(),
    };
  } finally {
    await context.close();
  }
}
