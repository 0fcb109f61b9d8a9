/** Wires the settings service to the real browser: storage areas, change events, broadcasts. */
import { browser } from 'wxt/browser';
import { createSettingsService, type SettingsService } from './service';
import { lastPolicyItem, resetKeysItem, userSettingsItem } from './storage';

/** Tell every tab's content scripts and every open extension page that settings changed. */
async function broadcastSettingsChanged(): Promise<void> {
  const msg = { type: 'settingsChanged' as const };
  // tabs.query without the `tabs` permission still returns ids, which is all we need.
  const tabs = await browser.tabs.query({}).catch(() => []);
  // Fire and forget: a tab that never answers must not hold up anything else.
  for (const t of tabs) if (t.id !== undefined) void browser.tabs.sendMessage(t.id, msg).catch(() => undefined);
  await browser.runtime.sendMessage(msg).catch(() => undefined); // no open extension page is fine
}

/** Start the settings service for the background worker and follow storage changes. */
export function startSettings(): SettingsService {
  const service = createSettingsService({
    readUser: () => userSettingsItem.getValue(),
    writeUser: (user) => userSettingsItem.setValue(user),
    loadResetKeys: async () => {
      const keys = await resetKeysItem.getValue();
      return Array.isArray(keys) ? keys.filter((k) => typeof k === 'string') : [];
    },
    saveResetKeys: (keys) => resetKeysItem.setValue(keys),
    readManaged: () => browser.storage.managed.get(),
    loadLastPolicy: () => lastPolicyItem.getValue(),
    saveLastPolicy: (p) => lastPolicyItem.setValue(p),
    broadcast: broadcastSettingsChanged,
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void service.policyChanged();
    else if (area === 'local' && 'settings' in changes) void service.userChanged();
  });
  return service;
}
