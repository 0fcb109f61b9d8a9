/** Shared plumbing for the browser benches: the loopback server, Chromium with or without the extension, one timed edit. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page } from '@playwright/test';
import { analyze } from '../../../lib/engine';
import { CHROMIUM_PATH, launchWithExtension } from '../../../lib/launch/chromium';
import { currentSidebar } from '../../../lib/launch/sidebar-frame';
import { type StaticServer, serveStatic } from '../../../lib/launch/static-server';
import { EDIT_TIMEOUT_MS, PROBE, SIDEBAR_PROBE } from './probe';
import { chainOf, readMarks, type StepLog } from './steps';

/** The line every timed edit types: adds exactly one minute to 97110, and only once it is complete. */
export const EDIT_LINE = 'Ther ex for quad strength 1 min';

/** Serve the fixture pages (and the demo EHR under /demo/) on 127.0.0.1. */
export function serveFixtures(): Promise<StaticServer> {
  return serveStatic({ '/demo/': path.resolve('assets/demo'), '/': path.resolve('tests/e2e/pages') });
}

/** A browser for one bench: with the built extension, or (for the baseline) the same Chromium without it. */
export async function openBrowser(
  withExtension: boolean,
): Promise<{ context: BrowserContext; extensionOrigin: string }> {
  if (!withExtension) {
    const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'theracode-base-')), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    return { context, extensionOrigin: 'chrome-extension://none' };
  }
  const context = await launchWithExtension({ headless: true });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionOrigin: `chrome-extension://${new URL(sw.url()).host}/` };
}

/** The first page of a context, with the probe installed after each navigation. */
export async function probedPage(context: BrowserContext, reuseFirst = true): Promise<Page> {
  const page = (reuseFirst ? context.pages()[0] : undefined) ?? (await context.newPage());
  await page.addInitScript({ content: PROBE });
  return page;
}

/** 97110's minutes for a text, as the engine (and so the sidebar) computes them. */
export function expected97110(text: string): number {
  return analyze(text).codes.find((c) => c.code === '97110')?.minutes ?? 0;
}

/** The sidebar document with its probe installed (it is an extension frame: the page's probe cannot see it). */
async function probedSidebar(page: Page): Promise<Frame | undefined> {
  const sb = currentSidebar(page);
  await sb?.evaluate(SIDEBAR_PROBE).catch(() => undefined);
  return sb;
}

/** Wait until the sidebar shows `minutes` for 97110 (after a paste or a first note); throws on timeout. */
export async function waitForMinutes(page: Page, minutes: number, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  let seen: unknown = 'no sidebar';
  while (Date.now() < end) {
    const sb = await probedSidebar(page);
    if (sb) {
      seen = await sb.evaluate('window.__minutes97110 ? window.__minutes97110() : 0').catch(() => 'reloading');
      if (seen === minutes) return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${page.url()}: the sidebar never showed 97110 = ${minutes} min (${String(seen)} shown)`);
}

/**
 * One timed edit: arm the sidebar's probe for the total the edit produces, let `type` do the
 * keystrokes, and return the last-keystroke-to-sidebar delay (NaN when the sidebar did not show it in time).
 * With a `steps` log, the edit's step stamps are added to it (hooks builds only: lib/steps.ts).
 */
export async function timedEdit(
  page: Page,
  minutes: number,
  type: () => Promise<void>,
  steps?: StepLog,
): Promise<number> {
  const sb = await probedSidebar(page);
  if (!sb) return Number.NaN;
  if (steps) await readMarks(page, sb); // drop the marks of whatever ran before this edit
  // the trailing `0` keeps evaluate from awaiting the promise now
  await sb.evaluate(`window.__pending = window.__waitFor(${minutes}, ${EDIT_TIMEOUT_MS}); 0`);
  await type();
  const shownAt = (await sb.evaluate('window.__pending')) as number;
  const lastInput = (await page.evaluate('window.__lastInput')) as number;
  if (steps && Number.isFinite(shownAt)) steps.edits.push(chainOf(await readMarks(page, sb), lastInput, shownAt));
  return shownAt - lastInput;
}

/** Type a new line at the caret (textarea / contenteditable). */
export async function typeLine(page: Page, first: boolean): Promise<void> {
  if (!first) await page.keyboard.press('Enter');
  await page.keyboard.type(EDIT_LINE);
}
