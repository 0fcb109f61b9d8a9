/** Extension pages and content scripts: fetch effective settings, follow settingsChanged. */
import { browser } from 'wxt/browser';
import { SettingsChangedSchema } from '../contracts/messages';
import { type EffectiveSettings, EffectiveSettingsSchema } from '../contracts/settings';
import { sendToBackground } from '../messaging/runtime';

/**
 * Ask the background for the settings in force; null when it cannot answer or answers nonsense.
 * Retries while the worker is not listening yet (right after browser start or an update, a
 * content script can run before the service worker has registered its listener).
 */
export async function fetchEffectiveSettings(attempts = 8): Promise<EffectiveSettings | null> {
  for (let i = 1; i <= attempts; i++) {
    const reply = await sendToBackground({ type: 'getEffectiveSettings' });
    if (reply.ok) {
      const parsed = EffectiveSettingsSchema.safeParse(reply.data);
      return parsed.success ? parsed.data : null;
    }
    if (reply.error !== 'internal' || i === attempts) return null;
    await new Promise((r) => setTimeout(r, 100 * i));
  }
  return null;
}

/**
 * Call `fn` on every settingsChanged broadcast; returns the remover. The listener never answers
 * (returns undefined) so it cannot steal replies meant for other listeners in the same context.
 */
export function onSettingsChanged(fn: () => void): () => void {
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && SettingsChangedSchema.safeParse(raw).success) fn();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
