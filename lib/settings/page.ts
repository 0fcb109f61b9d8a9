/** The content script's settings hook: stay dormant on sites not allowed, keep the settings in force current. */
import { browser } from 'wxt/browser';
import { GetPageHostSchema } from '../contracts/messages';
import type { EffectiveSettings, PageHost } from '../contracts/settings';
import { fetchEffectiveSettings, onSettingsChanged } from './client';
import { isSiteAllowed } from './site-gate';

/** The hostname this frame belongs to; about:blank / srcdoc frames inherit their creator's origin. */
export function pageHostname(loc: Pick<Location, 'hostname'> = location, origin: string = self.origin): string {
  if (loc.hostname) return loc.hostname;
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

/** What the content script keeps once the gate lets it run. */
export interface PageSettings {
  /** The settings in force now. */
  current(): EffectiveSettings;
  /** Call `fn` after every settings change that leaves this site allowed. */
  onChange(fn: (s: EffectiveSettings) => void): void;
}

/**
 * Fetch effective settings and decide whether this page may run TheraCode. Null means "stay
 * dormant" — also when settings cannot be fetched, so an unreachable background never makes
 * the extension run where a policy said it must not.
 */
export async function applySettingsToPage(ctx: {
  onInvalidated(cb: () => void): unknown;
  abort(reason?: unknown): void;
}): Promise<PageSettings | null> {
  const settings = await fetchEffectiveSettings();
  const active = settings !== null && isSiteAllowed(settings.values, pageHostname());
  if (window === window.top) ctx.onInvalidated(answerPageHost({ host: pageHostname(), active }));
  if (!settings || !active) return null;
  let current = settings;
  const listeners: ((s: EffectiveSettings) => void)[] = [];
  const stop = onSettingsChanged(() => {
    void fetchEffectiveSettings().then((next) => {
      // A policy read after this page started may exclude it: shut the content script down
      // (its onInvalidated owners stop watching and remove the sidebar).
      if (!next || !isSiteAllowed(next.values, pageHostname())) ctx.abort('site not allowed');
      else {
        current = next;
        for (const fn of listeners) fn(next);
      }
    });
  });
  ctx.onInvalidated(stop);
  return { current: () => current, onChange: (fn) => void listeners.push(fn) };
}

/**
 * Answer getPageHost (the popup, the background) from the top frame, also while dormant (so the popup can turn
 * the site back on). Reading the host here spares the extension the `tabs` permission. The
 * answer is synchronous so it is the reply even when other listeners share the channel.
 */
function answerPageHost(answer: PageHost): () => void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !GetPageHostSchema.safeParse(raw).success) return undefined;
    sendResponse({ ok: true, data: answer });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
