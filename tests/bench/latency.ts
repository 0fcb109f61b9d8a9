/**
 * Keystroke-to-sidebar latency in real Chromium with the built extension (design §5: p95 < 150 ms,
 * debounce included): on a plain textarea, and in a 40 KB note (pasted, then typed into) where the
 * long tasks are recorded too, with and without the extension. Run by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { StaticServer } from '../../lib/launch/static-server';
import { type BenchResult, EDITS } from './lib/result';
import { EDIT_LINE, expected97110, openBrowser, probedPage, timedEdit, typeLine, waitForMinutes } from './lib/session';
import { summarize } from './lib/stats';
import { StepLog } from './lib/steps';
import { startTrace } from './lib/trace';

/** A note of at least 40 KB (UTF-8) built from whole copies of the demo note, ending in an Objective heading. */
export function note40k(): string {
  const base = readFileSync('assets/demo/sample-note.txt', 'utf8').trim();
  let text = '';
  while (Buffer.byteLength(text) < 40 * 1024) text += `${base}\n`;
  // typed lines go under "O:" (after the copies' "P:" lines they would read as planned, not performed)
  return `${text}O:`;
}

/** `EDITS` timed one-line edits at the caret; `start` is the text before the first one. */
async function typeEdits(page: Page, start: string, steps: StepLog, edits = EDITS): Promise<number[]> {
  const samples: number[] = [];
  let text = start;
  for (let i = 0; i < edits; i++) {
    text += `${text.length ? '\n' : ''}${EDIT_LINE}`;
    samples.push(await timedEdit(page, expected97110(text), () => typeLine(page, text === EDIT_LINE), steps));
  }
  return samples;
}

/** ≥ 40 edits on the plain textarea fixture. */
export async function textareaBench(server: StaticServer): Promise<BenchResult> {
  const { context } = await openBrowser(true);
  try {
    const page = await probedPage(context);
    await page.goto(`${server.url}/textarea.html`);
    await page.locator('#note').click();
    await typeLine(page, true);
    await waitForMinutes(page, 1);
    const steps = new StepLog();
    const latency = summarize(await typeEdits(page, EDIT_LINE, steps));
    return { name: 'textarea, short note', latency, steps };
  } finally {
    await context.close();
  }
}

/** Paste 40 KB into the textarea fixture (already loaded); the caret is then at the end of the note. */
async function paste40k(page: Page, note: string): Promise<void> {
  await page.locator('#note').click();
  await page.keyboard.insertText(note); // what a paste does: one input event with the whole text
}

/** The 40 KB note: latency of ≥ 40 typed edits, long tasks while pasting and while typing. */
export async function note40kBench(server: StaticServer): Promise<BenchResult[]> {
  const note = note40k();
  const withExt = await openBrowser(true);
  const results: BenchResult[] = [];
  try {
    const { context, extensionOrigin } = withExt;
    const page = await probedPage(context);
    const loadTrace = await startTrace(context, page, extensionOrigin, server.url);
    await page.goto(`${server.url}/textarea.html`);
    await page.waitForTimeout(1000); // the content script starts at document_idle
    results.push({ name: 'page load (content script start-up)', longTasks: await loadTrace.stop(), budgeted: false });
    const pasteTrace = await startTrace(context, page, extensionOrigin, server.url);
    await paste40k(page, note);
    await waitForMinutes(page, expected97110(note));
    await page.waitForTimeout(500); // let the sidebar's render and its rendering frame finish inside the trace
    results.push({ name: 'paste 40 KB into the note', longTasks: await pasteTrace.stop(), budgeted: false });
    const trace = await startTrace(context, page, extensionOrigin, server.url);
    const steps = new StepLog();
    const samples = await typeEdits(page, note, steps);
    await page.waitForTimeout(300);
    results.push({ name: 'typing in a 40 KB note', latency: summarize(samples), longTasks: await trace.stop(), steps });
  } finally {
    await withExt.context.close();
  }
  results.push(await note40kBaseline(server, note));
  return results;
}

/** The same paste and typing without the extension: the long tasks the page and Chromium cost alone. */
async function note40kBaseline(server: StaticServer, note: string): Promise<BenchResult> {
  const { context, extensionOrigin } = await openBrowser(false);
  try {
    const page = await probedPage(context);
    await page.goto(`${server.url}/textarea.html`);
    await paste40k(page, note);
    await page.waitForTimeout(500);
    const trace = await startTrace(context, page, extensionOrigin, server.url);
    for (let i = 0; i < EDITS; i++) {
      await typeLine(page, false);
      await page.waitForTimeout(100); // about the pause the extension run spends waiting for the sidebar
    }
    return { name: 'typing in a 40 KB note, no extension (baseline)', longTasks: await trace.stop(), budgeted: false };
  } finally {
    await context.close();
  }
}
