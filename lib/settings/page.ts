/** The content script's settings hook: stay dormant on sites not allowed, keep sidebar prefs current. */
import { browser } from 'wxt/browser';
import { type EffectiveSettings, GetPageHostSchema, type PageHost } from '../contracts/settings';
import type { SidebarStore } from '../overlay/store';
import { fetchEffectiveSettings, onSettingsChanged } from './client';
import { sidebarPrefs } from './prefs';
import { isSiteAllowed } from './site-gate';
import { bindSitePayer } from './site-payer';

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
  settings: EffectiveSettings;
  /** Put sidebar prefs (and this site's payer class) into the store now and on every settings change (owned by `ctx`). */
  bind(store: SidebarStore): void;
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
  return {
    settings,
    bind(store) {
      const prefsFor = (s: EffectiveSettings) => sidebarPrefs(s.values, s.lockedKeys, store.get().prefs.payer);
      store.set({ prefs: prefsFor(settings) });
      ctx.onInvalidated(bindSitePayer(store, localArea, pageHostname()));
      const stop = onSettingsChanged(() => {
        void fetchEffectiveSettings().then((next) => {
          // A policy read after this page started may exclude it: shut the content script down
          // (its onInvalidated owners stop watching and remove the sidebar).
          if (!next || !isSiteAllowed(next.values, pageHostname())) ctx.abort('site not allowed');
          else store.set({ prefs: prefsFor(next) });
        });
      });
      ctx.onInvalidated(stop);
    },
  };
}

/** storage.local as the small key-value slice the per-site stores need. */
const localArea = {
  get: async (key: string) => (await browser.storage.local.get(key))[key],
  set: (key: string, value: unknown) => browser.storage.local.set({ [key]: value }),
};

/**
 * Answer the popup's getPageHost from the top frame, also while dormant (so the popup can turn
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
