/** The toolbar popup: on/off for this site, the tab's suggested code, show/hide sidebar, review the page, settings link. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CODE_NAMES, type Code } from '../../contracts/codes';
import { ReviewPageReplySchema } from '../../contracts/messages';
import type { EffectiveSettings, PageHost } from '../../contracts/settings';
import { sendToBackground } from '../../messaging/send';
import { fetchEffectiveSettings, onSettingsChanged } from '../../settings/client';
import { repairUserSettings } from '../../settings/repair';
import { isSiteAllowed, matchesAny } from '../../settings/site-gate';
import { toggleSite } from '../../settings/site-toggle';
import { userSettingsItem } from '../../settings/storage';
import { saveUserSettings } from '../../settings/write';
import { SettingsNotes } from './SettingsNotes';
import { currentTabId, pageHost, suggestedCode } from './tab';

interface PopupState {
  tabId: number | null;
  page: PageHost | null;
  effective: EffectiveSettings | null;
  suggested: string | null;
}

/** The popup. */
export function PopupApp() {
  const [s, setS] = useState<PopupState | null>(null);
  const [note, setNote] = useState('');
  const load = async () => {
    const tabId = await currentTabId();
    const [page, effective, suggested] = await Promise.all([
      tabId === null ? null : pageHost(tabId),
      fetchEffectiveSettings(),
      tabId === null ? null : suggestedCode(tabId),
    ]);
    setS({ tabId, page, effective, suggested });
  };
  useEffect(() => {
    void load();
    return onSettingsChanged(() => void load()); // e.g. the background's repair, a policy change
  }, []);
  if (!s) return <p>Loading…</p>;

  const v = s.effective?.values;
  const host = s.page?.host ?? '';
  const on = v && host ? isSiteAllowed(v, host) : false;
  const orgBlocks = !!v && v.siteAllowList !== null && !matchesAny(v.siteAllowList, host);
  const locked = !v || !host || orgBlocks || (s.effective?.lockedKeys.includes('sites') ?? false);
  const setSite = async (next: boolean) => {
    if (!v) return;
    const { user } = repairUserSettings(await userSettingsItem.getValue());
    const error = await saveUserSettings({ sites: toggleSite(user.sites ?? v.sites, host, next) });
    setNote(error ?? 'Reload the page for this to take effect.');
    await load();
  };

  return (
    <main>
      <h1>TheraCode</h1>
      <p data-testid="popup-suggested">
        Suggested code:{' '}
        {s.suggested ? `${s.suggested} ${CODE_NAMES[s.suggested as Code] ?? ''}` : '— (no note analysed in this tab)'}
      </p>
      <label data-testid="site-toggle">
        <input type="checkbox" checked={on} disabled={locked} onChange={(e) => void setSite(e.currentTarget.checked)} />{' '}
        On for {host || 'this page'}
      </label>
      {host && locked && v && <p class="locked">Set by your organization</p>}
      {!host && <p class="help">TheraCode cannot run on this page.</p>}
      {s.effective && <SettingsNotes effective={s.effective} host={host} />}
      {note && <p role="status">{note}</p>}
      <p>
        <button
          type="button"
          data-testid="toggle-sidebar"
          disabled={s.tabId === null || !s.page?.active}
          onClick={() => s.tabId !== null && void sendToBackground({ type: 'toggleSidebar', tabId: s.tabId })}
        >
          Show/hide sidebar
        </button>
      </p>
      <p>
        <button
          type="button"
          data-testid="review-page"
          disabled={s.tabId === null || !s.page?.active}
          onClick={() => {
            if (s.tabId === null) return;
            void sendToBackground({ type: 'reviewPage', tabId: s.tabId }, ReviewPageReplySchema);
            setNote('Analysing the main text of this page in the sidebar.');
          }}
        >
          Review this page
        </button>
      </p>
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer" data-testid="open-options">
          Settings…
        </a>
      </p>
    </main>
  );
}
