/** Extension pages and content scripts: fetch effective settings, follow settingsChanged. */
import { type EffectiveSettings, EffectiveSettingsSchema } from '../contracts/settings';
import { sendToBackground } from '../messaging/send';

/**
 * Ask the background for the settings in force; null when it cannot answer or answers nonsense.
 * Retries while the worker is not listening yet (right after browser start or an update, a
 * content script can run before the service worker has registered its listener).
 */
export async function fetchEffectiveSettings(attempts = 8): Promise<EffectiveSettings | null> {
  for (let i = 1; i <= attempts; i++) {
    const reply = await sendToBackground({ type: 'getEffectiveSettings' }, EffectiveSettingsSchema);
    if (reply.ok) return reply.data;
    if (reply.error !== 'internal' || i === attempts) return null;
    await new Promise((r) => setTimeout(r, 100 * i));
  }
  return null;
}

export { onSettingsChanged } from './changes';
