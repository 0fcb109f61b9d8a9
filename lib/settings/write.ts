/** Extension pages save the user's settings through the background (content scripts are refused there). */
import type { SettingKey, Settings } from '../contracts/settings';
import { sendToBackground } from '../messaging/send';

/**
 * Save a patch of user choices (or replace them all) and put the `reset` keys back to their
 * defaults; null on success, else why it failed in words.
 */
export async function saveUserSettings(
  settings: Partial<Settings>,
  replace = false,
  reset: readonly SettingKey[] = [],
): Promise<string | null> {
  const reply = await sendToBackground({
    type: 'setUserSettings',
    settings,
    replace,
    ...(reset.length ? { reset: [...reset] } : {}),
  });
  if (reply.ok) return null;
  return reply.error === 'malformed'
    ? 'This value could not be saved: it is not valid.'
    : 'Could not save: the extension did not answer. Try again, or reload the extension.';
}

/** Forget the "settings were reset" notice (after the person has read it). */
export async function dismissRepairNotice(): Promise<void> {
  await sendToBackground({ type: 'dismissRepairNotice' });
}
