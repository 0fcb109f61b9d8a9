/** Follow the background's settingsChanged broadcast (its own module: content scripts need only this). */
import { browser } from 'wxt/browser';
import { SETTINGS_CHANGED } from '../messaging/content-wire';

/**
 * Call `fn` on every settingsChanged broadcast; returns the remover. The listener never answers
 * (returns undefined) so it cannot steal replies meant for other listeners in the same context.
 */
export function onSettingsChanged(fn: () => void): () => void {
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && SETTINGS_CHANGED.safeParse(raw).success) fn();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
