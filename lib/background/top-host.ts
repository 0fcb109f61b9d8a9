/** Ask a tab's top frame for its host (its content script answers getPageHost; no `tabs` permission needed). */
import { PageHostSchema } from '../contracts/settings';

/** The slice of `browser.tabs` this needs. */
export interface TabsMessaging {
  sendMessage: (tabId: number, msg: unknown, options: { frameId: number }) => Promise<unknown>;
}

/** The top frame's host, or null when it has no content script or TheraCode is not active there. */
export async function askTopHost(tabs: TabsMessaging, tabId: number): Promise<string | null> {
  const reply = await tabs.sendMessage(tabId, { type: 'getPageHost' }, { frameId: 0 }).catch(() => null);
  const parsed = PageHostSchema.safeParse((reply as { data?: unknown } | null)?.data);
  return parsed.success && parsed.data.active && parsed.data.host ? parsed.data.host : null;
}
