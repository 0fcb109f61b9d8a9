/** Finding the sidebar document (design.md §3.3), shared by the end-to-end tests, the bench and `npm start`. */
import type { Frame, Page } from '@playwright/test';

/** True for the sidebar document's URL: an extension URL whose path is /sidebar.html. */
export function isSidebarUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return /^(chrome|moz)-extension:$/.test(u.protocol) && u.pathname === '/sidebar.html';
  } catch {
    return false;
  }
}

/** The sidebar document right now, if there is one: the top document's sidebar frame (the newest, if re-mounted). */
export function currentSidebar(page: Page): Frame | undefined {
  return page
    .frames()
    .filter((f) => !f.isDetached() && f.parentFrame() === page.mainFrame() && isSidebarUrl(f.url()))
    .at(-1);
}
