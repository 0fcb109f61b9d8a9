/// <reference types="chrome" />
/**
 * A long note in real Chromium: the sidebar page is sent only the interventions it lists first
 * (contracts/sidebar-port.ts), and "Show all" and Copy get the whole analysis from the worker.
 */
import { analyze } from '../../lib/engine';
import { expect, expectSidebarCode, sidebar, test } from './fixtures';

const LINE = 'Ther ex 15 min: LAQ for quad strength';
const NOTE = `O:\n${Array.from({ length: 40 }, () => LINE).join('\n')}`;

test('a note with 40 interventions: 25 listed, "Show all" lists 40, Copy quotes all 40', async ({
  page,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const expected = analyze(NOTE).codes.find((c) => c.code === '97110')?.minutes ?? 0;
  expect(expected).toBe(600);
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await page.keyboard.insertText(NOTE); // one input event with the whole text, as a paste makes
  await expectSidebarCode(page, '97110', expected);
  const sb = await sidebar(page);
  await expect(sb.getByTestId('intervention')).toHaveCount(25);
  await expect(sb.getByTestId('show-all')).toHaveText('Show all 40 interventions (15 more)');
  await sb.getByTestId('show-all').click();
  await expect(sb.getByTestId('intervention')).toHaveCount(40);
  await expect(sb.getByTestId('show-all')).toHaveCount(0);
  await sb.getByTestId('copy-summary').click();
  await expect(sb.locator('.tc-copied')).toContainText('copied');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip.match(/^ {2}- "/gm)).toHaveLength(40);
  // typing on keeps "Show all" in force: the new total and all 41 interventions
  await page.locator('#note').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(`\n${LINE}`);
  await expectSidebarCode(page, '97110', expected + 15);
  await expect(sb.getByTestId('intervention')).toHaveCount(41);
});
