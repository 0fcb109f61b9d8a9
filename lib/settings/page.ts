/**
 * The content script's settings hook: ask the background whether TheraCode may run in this frame
 * (and where the sidebar docks), stay dormant where not, and shut down if a later change excludes
 * the site. Only that small answer crosses into the page's process, never the settings themselves.
 */
import { browser } from 'wxt/browser';
import type { PageSettings } from '../contracts/messages';
import type { PageHost } from '../contracts/settings';
import { GET_PAGE_HOST, PAGE_SETTINGS_REPLY } from '../messaging/content-wire';
import { request } from '../messaging/runtime';
import { onSettingsChanged } from './changes';

/** The hostname this frame belongs to; about:blank / srcdoc frames inherit their creator's origin. */
export function pageHostname(loc: Pick<Location, 'hostname'> = location, origin: string = self.origin): string {
  if (loc.hostname) return loc.hostname;
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

/** Waits between attempts: growing by 100 ms, then once a second (about 25 s in all with 30 attempts). */
export const retryDelayMs = (attempt: number) => Math.min(100 * attempt, 1000);

/**
 * The background's answer for this frame; null when it cannot answer. Retries while the worker is
 * not listening yet: right after a browser start, an update or on a busy machine a content script can
 * run seconds before the worker answers, and giving up after 3.6 s left such a page with no sidebar
 * at all (seen in the 20-tab bench on a fresh profile).
 */
export async function fetchPageSettings(attempts = 30): Promise<PageSettings | null> {
  for (let i = 1; i <= attempts; i++) {
    const reply = await request({ type: 'getPageSettings', host: pageHostname() }, PAGE_SETTINGS_REPLY);
    if (reply.ok) return reply.data;
    if (reply.error !== 'internal' || i === attempts) return null;
    await new Promise((r) => setTimeout(r, retryDelayMs(i)));
  }
  return null;
}

/** What the content script keeps once the gate lets it run. */
export interface PageSettingsHandle {
  /** The answer in force now. */
  current(): PageSettings;
  /** Call `fn` after every settings change that leaves this site allowed. */
  onChange(fn: (s: PageSettings) => void): void;
}

/**
 * Decide whether this page may run TheraCode. Null means "stay dormant" — also when the background
 * cannot answer, so an unreachable background never makes the extension run where a policy said it must not.
 */
export async function applySettingsToPage(ctx: {
  onInvalidated(cb: () => void): unknown;
  abort(reason?: unknown): void;
}): Promise<PageSettingsHandle | null> {
  const settings = await fetchPageSettings();
  const answer: PageHost = { host: pageHostname(), active: settings?.active === true };
  if (window === window.top) {
    // The top frame answers for the page's whole life, also after the user switches the site off
    // here (which shuts the rest down): the popup asks again right after the switch and must still
    // learn the host, so it can switch the site back on. Only a dead extension removes the answer.
    const stop = answerPageHost(answer);
    ctx.onInvalidated(() => {
      if (browser.runtime?.id == null) stop();
    });
  }
  if (!settings || !answer.active) return null;
  let current = settings;
  const listeners: ((s: PageSettings) => void)[] = [];
  const stop = onSettingsChanged(() => {
    void fetchPageSettings().then((next) => {
      // A policy read after this page started may exclude it: shut the content script down
      // (its onInvalidated owners stop watching and remove the sidebar).
      if (!next?.active) {
        answer.active = false;
        ctx.abort('site not allowed');
      } else {
        current = next;
        for (const fn of listeners) fn(next);
      }
    });
  });
  ctx.onInvalidated(stop);
  return { current: () => current, onChange: (fn) => void listeners.push(fn) };
}

/**
 * Answer getPageHost (the popup, the background) from the top frame, also while dormant (so the
 * popup can turn the site back on). Reading the host here spares the extension the `tabs`
 * permission. The answer is synchronous so it is the reply even when other listeners share the channel.
 */
function answerPageHost(answer: Readonly<PageHost>): () => void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !GET_PAGE_HOST.safeParse(raw).success) return undefined;
    sendResponse({ ok: true, data: { ...answer } });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
