/// <reference types="chrome" />
/**
 * The sidebar's width per site (issue #5): dragged with the mouse or set from the keyboard on the
 * resize separator, remembered for that hostname after a reload, and not for another hostname.
 * 127.0.0.1 and localhost reach the same loopback server but are different sites.
 */
import type { Page, Worker } from '@playwright/test';
import { DEFAULT_LAYOUT, MAX_WIDTH, MIN_WIDTH } from '../../lib/settings/layout';
import { expect, expectSidebarCode, sidebar, test, typeLikeAPerson } from './fixtures';

/** Open the textarea fixture on `origin` and type a note so the sidebar mounts. */
async function openNote(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, 'Ther ex 15 min: LAQ 3x10 for quad strength');
  await expectSidebarCode(page, '97110', 15);
}

/** The layout stored for a hostname (what the next page load restores). */
function storedLayout(sw: Worker, hostname: string): Promise<unknown> {
  return sw.evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? null, `sidebarLayout:${hostname}`);
}

const separator = async (page: Page) =>
  (await sidebar(page)).getByRole('separator', { name: 'Resize the TheraCode sidebar' });
const panelWidth = async (page: Page) => (await (await sidebar(page)).locator('aside').boundingBox())?.width ?? 0;

test('dragging the handle widens the panel, the width survives a reload, and another host keeps its own', async ({
  page,
  server,
  sw,
}) => {
  await openNote(page, server.url);
  const handle = await separator(page);
  await expect(handle).toHaveAttribute('aria-valuenow', String(DEFAULT_LAYOUT.width));
  const box = await handle.boundingBox();
  if (!box) throw new Error('resize handle has no box');
  // docked right: dragging the inner edge 120 px to the left makes the panel 120 px wider
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, y, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 - 120, y, { steps: 5 });
  await page.mouse.up();
  const wide = DEFAULT_LAYOUT.width + 120;
  await expect(handle).toHaveAttribute('aria-valuenow', String(wide));
  expect(Math.round(await panelWidth(page))).toBe(wide);
  await expect.poll(() => storedLayout(sw, '127.0.0.1')).toMatchObject({ width: wide });

  await page.reload();
  await openNote(page, server.url);
  await expect(await separator(page)).toHaveAttribute('aria-valuenow', String(wide));
  expect(Math.round(await panelWidth(page))).toBe(wide);

  // the same server under another hostname is another site: default width, nothing stored for it
  await openNote(page, server.url.replace('127.0.0.1', 'localhost'));
  await expect(await separator(page)).toHaveAttribute('aria-valuenow', String(DEFAULT_LAYOUT.width));
  expect(Math.round(await panelWidth(page))).toBe(DEFAULT_LAYOUT.width);
  expect(await storedLayout(sw, 'localhost')).toBeNull();
  expect(await storedLayout(sw, '127.0.0.1')).toMatchObject({ width: wide });
});

test('the separator is keyboard-resizable: arrows, Shift+arrows, Home and End, and remembered', async ({
  page,
  server,
  sw,
}) => {
  await openNote(page, server.url);
  const handle = await separator(page);
  await handle.focus();
  await expect(handle).toBeFocused();
  const steps: [string, number][] = [
    ['ArrowLeft', DEFAULT_LAYOUT.width + 10], // docked right: left widens
    ['ArrowLeft', DEFAULT_LAYOUT.width + 20],
    ['Shift+ArrowLeft', DEFAULT_LAYOUT.width + 60],
    ['ArrowRight', DEFAULT_LAYOUT.width + 50],
    ['End', MAX_WIDTH],
    ['ArrowLeft', MAX_WIDTH], // clamped
    ['Home', MIN_WIDTH],
    ['Shift+ArrowLeft', MIN_WIDTH + 40],
  ];
  for (const [key, width] of steps) {
    await page.keyboard.press(key);
    await expect(handle, `after ${key}`).toHaveAttribute('aria-valuenow', String(width));
  }
  expect(Math.round(await panelWidth(page))).toBe(MIN_WIDTH + 40);
  await expect(handle).toHaveAttribute('aria-valuetext', `${MIN_WIDTH + 40} pixels wide`);
  // the keys never reached the page's note
  await expect(page.locator('#note')).toHaveValue('Ther ex 15 min: LAQ 3x10 for quad strength');
  await expect.poll(() => storedLayout(sw, '127.0.0.1')).toMatchObject({ width: MIN_WIDTH + 40 });
  await page.reload();
  await openNote(page, server.url);
  await expect(await separator(page)).toHaveAttribute('aria-valuenow', String(MIN_WIDTH + 40));
});

test('"Move" docks the panel to the other edge for this site only, and it stays there after a reload', async ({
  page,
  server,
  sw,
}) => {
  await openNote(page, server.url);
  // a new page load has a new sidebar document: look it up each time
  const root = async () => (await sidebar(page)).locator('.tc-root');
  await expect(await root()).toHaveAttribute('data-side', 'right');
  const viewport = page.viewportSize()?.width ?? 1280;
  await (await sidebar(page)).getByRole('button', { name: 'Move the sidebar to the left edge' }).click();
  await expect(await root()).toHaveAttribute('data-side', 'left');
  expect(Math.round((await (await sidebar(page)).locator('aside').boundingBox())?.x ?? -1)).toBe(0);
  await expect.poll(() => storedLayout(sw, '127.0.0.1')).toMatchObject({ side: 'left' });
  await page.reload();
  await openNote(page, server.url);
  await expect(await root()).toHaveAttribute('data-side', 'left');
  // another host keeps the global setting (right)
  await openNote(page, server.url.replace('127.0.0.1', 'localhost'));
  await expect(await root()).toHaveAttribute('data-side', 'right');
  const box = await (await sidebar(page)).locator('aside').boundingBox();
  expect(Math.round((box?.x ?? 0) + (box?.width ?? 0))).toBe(viewport);
  // and back: the button now offers the right edge
  await page.goto(`${server.url}/textarea.html`);
  await openNote(page, server.url);
  await (await sidebar(page)).getByRole('button', { name: 'Move the sidebar to the right edge' }).click();
  await expect(await root()).toHaveAttribute('data-side', 'right');
});
