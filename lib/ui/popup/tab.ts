/** What the popup learns about the active tab: its id, host, and the sidebar's suggested code. */
import { browser } from 'wxt/browser';
import { TabStateSchema } from '../../contracts/messages';
import { type PageHost, PageHostSchema } from '../../contracts/settings';
import { sendToBackground } from '../../messaging/send';

/**
 * The tab the popup is about. `?tab=<id>` is honoured so tests (and keyboard users opening the
 * popup page in a tab) can point it at a tab; otherwise the active tab — its id needs no permission.
 */
export async function currentTabId(search = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Ask the tab's top frame for its host (null where TheraCode cannot run, e.g. browser pages). */
export async function pageHost(tabId: number): Promise<PageHost | null> {
  const reply = await browser.tabs.sendMessage(tabId, { type: 'getPageHost' }, { frameId: 0 }).catch(() => null);
  const parsed = PageHostSchema.safeParse((reply as { data?: unknown } | null)?.data);
  return parsed.success ? parsed.data : null;
}

/** The suggested code the tab's sidebar shows, if any. */
export async function suggestedCode(tabId: number): Promise<string | null> {
  const reply = await sendToBackground({ type: 'getTabState', tabId }, TabStateSchema);
  return reply.ok ? reply.data.suggested : null;
}
