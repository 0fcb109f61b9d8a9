/**
 * Whole-form reading on the demo EHR page (issue #14): with Subjective and a flowsheet row already
 * filled, ≥ 40 timed one-line edits in the Objective box; the note the extension reads each time is
 * the whole form (headings, the grid row, the read-only vitals), not the one box. Timed like every
 * latency bench (lib/session.ts `timedEdit`): the keystroke's time in the page, the paint of the new
 * 97110 total inside the sidebar's extension frame, both on the wall clock.
 */
import type { StaticServer } from '../../lib/launch/static-server';
import { type BenchResult, EDITS } from './lib/result';
import { openBrowser, probedPage, timedEdit, typeLine, waitForMinutes } from './lib/session';
import { summarize } from './lib/stats';
import { startTrace } from './lib/trace';

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
    await typeLine(page, true);
    await waitForMinutes(page, 1);
    const trace = await startTrace(context, page, extensionOrigin, server.url);
    const samples: number[] = [];
    for (let n = 2; n <= EDITS + 1; n++) samples.push(await timedEdit(page, n, () => typeLine(page, false)));
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
