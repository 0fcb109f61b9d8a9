/**
 * Finding and reading the sidebar document in Firefox, wherever it lives (design.md §3.3): the
 * extension frame `moz-extension://…/sidebar.html` inside `<theracode-sidebar>`'s closed shadow
 * root, or — before that change — the host element's open shadow root in the page.
 *
 * Functions passed to `evaluate` run in the browser and must not declare named inner functions or
 * `const f = () => …` (tsx wraps those in a `__name` helper that does not exist there).
 */
import assert from 'node:assert/strict';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { waitFor } from './harness';

const SIDEBAR_PAGE = /^moz-extension:\/\/[^/]+\/sidebar\.html(?:[?#]|$)/;

/** What the sidebar shows, read in one go (empty strings and lists when it is not there). */
export interface SidebarSnapshot {
  where: 'extension frame' | 'shadow root' | 'none';
  status: string;
  suggested: string;
  header: string;
  reviewSource: string;
  ruleLock: string;
  /** The ledger's column header of the unit rule in use, e.g. 'AMA units (in use)'. */
  lead: string;
  rows: { code: string; minutes: string; cms: string; ama: string; text: string }[];
  missing: { code: string; element: string }[];
  testids: string[];
}

/** Where the sidebar's document is: the frame to evaluate in and whether to enter the host's shadow root. */
export interface SidebarLocation {
  frame: Frame;
  inHostShadow: boolean;
}

/** The sidebar extension frame of the page, if there is one. */
async function sidebarFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    if (SIDEBAR_PAGE.test(frame.url())) return frame;
    // Firefox does not always report moz-extension navigations over BiDi: ask the frame itself.
    if (frame.url() === '' || frame.url().startsWith('about:') || frame.url().startsWith('moz-extension:')) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (SIDEBAR_PAGE.test(href)) return frame;
    }
  }
  return undefined;
}

/** The one place tests find the sidebar document. */
export async function locateSidebar(page: Page): Promise<SidebarLocation> {
  const frame = await sidebarFrame(page);
  return frame ? { frame, inHostShadow: false } : { frame: page.mainFrame(), inHostShadow: true };
}

/** Read the sidebar once. */
export async function readSidebar(page: Page): Promise<SidebarSnapshot> {
  const { frame, inHostShadow } = await locateSidebar(page);
  const snap = await frame
    .evaluate((shadow: boolean) => {
      const root: ParentNode | null | undefined = shadow
        ? document.querySelector('theracode-sidebar')?.shadowRoot
        : document;
      if (!root) return null;
      const t: Record<string, string> = Object.fromEntries(
        ['analysis-status', 'suggested-code', 'review-source', 'rule-lock'].map((id) => [
          id,
          root.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '',
        ]),
      );
      return {
        status: t['analysis-status'] ?? '',
        suggested: t['suggested-code'] ?? '',
        header: root.querySelector('header')?.textContent?.trim() ?? '',
        reviewSource: t['review-source'] ?? '',
        ruleLock: t['rule-lock'] ?? '',
        lead: root.querySelector('thead th.tc-lead')?.textContent?.trim() ?? '',
        rows: [...root.querySelectorAll('[data-testid="code-row"]')].map((r) => ({
          code: r.getAttribute('data-code') ?? '',
          minutes: r.querySelector('[data-testid="code-minutes"]')?.textContent?.trim() ?? '',
          cms: r.querySelector('[data-testid="code-units-cms"]')?.textContent?.trim() ?? '',
          ama: r.querySelector('[data-testid="code-units-ama"]')?.textContent?.trim() ?? '',
          text: r.textContent?.trim() ?? '',
        })),
        missing: [...root.querySelectorAll('[data-testid="missing-element"]')].map((m) => ({
          code: m.getAttribute('data-code') ?? '',
          element: m.getAttribute('data-element') ?? '',
        })),
        testids: [...new Set([...root.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')))],
      };
    }, inHostShadow)
    .catch(() => null);
  if (!snap) return emptySnapshot();
  return { where: inHostShadow ? 'shadow root' : 'extension frame', ...snap } as SidebarSnapshot;
}

function emptySnapshot(): SidebarSnapshot {
  return {
    where: 'none',
    status: '',
    suggested: '',
    header: '',
    reviewSource: '',
    ruleLock: '',
    lead: '',
    rows: [],
    missing: [],
    testids: [],
  };
}

/** Wait until the sidebar's snapshot satisfies `ok`; the failure message shows the last snapshot. */
export function waitForSidebar(
  page: Page,
  ok: (s: SidebarSnapshot) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<SidebarSnapshot> {
  return waitFor(() => readSidebar(page), ok, `the sidebar to show ${what}`, timeoutMs);
}

export interface Expected {
  code: string;
  minutes: number;
  /** CMS units shown for the code, e.g. '1 unit'. */
  cmsUnits?: string;
  /** A missing documentation element expected for the code. */
  missing?: string;
}

/** The sidebar is ready with `code` suggested, its row showing the minutes (and units / a missing element). */
export async function expectSidebar(page: Page, want: Expected): Promise<SidebarSnapshot> {
  const s = await waitForSidebar(
    page,
    (s) =>
      /ready/i.test(s.status) &&
      s.suggested.includes(want.code) &&
      s.rows.some((r) => r.code === want.code && r.minutes === `${want.minutes} min`) &&
      (want.missing === undefined || s.missing.some((m) => m.code === want.code && m.element === want.missing)),
    `${want.code} with ${want.minutes} min${want.missing ? ` and missing ${want.missing}` : ''}`,
  );
  const row = s.rows.find((r) => r.code === want.code);
  if (want.cmsUnits !== undefined) assert.equal(row?.cms, want.cmsUnits, `CMS units of ${want.code}`);
  return s;
}

/** Whether the page (top document) has a `<theracode-sidebar>` host. */
export function hasSidebarHost(page: Page | Frame): Promise<boolean> {
  return page.evaluate(() => document.querySelector('theracode-sidebar') !== null);
}

/** A handle on the sidebar element with `data-testid` (to click or select as a user would), or null. */
export async function sidebarElement(page: Page, testId: string): Promise<ElementHandle<Element> | null> {
  const { frame, inHostShadow } = await locateSidebar(page);
  const handle = await frame.evaluateHandle(
    (shadow: boolean, id: string) =>
      (shadow ? document.querySelector('theracode-sidebar')?.shadowRoot : document)?.querySelector(
        `[data-testid="${id}"]`,
      ) ?? null,
    inHostShadow,
    testId,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) await handle.dispose();
  return element;
}
