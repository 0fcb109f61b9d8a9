/** Repairs stored user settings key by key: an invalid key goes back to its default, the rest stay. */
import { type SettingKey, type Settings, USER_SHAPE } from '../contracts/settings';
import { SETTING_TEXT } from './texts';

export interface Repaired {
  user: Partial<Settings>;
  /** Keys that were invalid and reset (shown in the options page); `all` when the whole value was unusable. */
  reset: string[];
}

/** Keep valid known keys, drop invalid ones (reported) and unknown leftovers (silently). */
export function repairUserSettings(raw: unknown): Repaired {
  if (raw === null || raw === undefined) return { user: {}, reset: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { user: {}, reset: ['all'] };
  const user: Record<string, unknown> = {};
  const reset: string[] = [];
  for (const key of Object.keys(USER_SHAPE) as SettingKey[]) {
    if (!Object.hasOwn(raw, key)) continue;
    const parsed = USER_SHAPE[key].safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success) user[key] = parsed.data;
    else reset.push(key);
  }
  return { user: user as Partial<Settings>, reset };
}

/** Setting keys in the words the options page uses for them. */
const KEY_NAMES: Record<string, string> = {
  all: 'all settings',
  ...Object.fromEntries(Object.entries(SETTING_TEXT).map(([k, t]) => [k, t.name])),
};

/** The one-line notice the options page and the popup show after a repair; null when nothing was reset. */
export function repairNoticeText(reset: readonly string[]): string | null {
  if (reset.length === 0) return null;
  return `Some saved settings were invalid and were reset to defaults: ${reset.map((k) => KEY_NAMES[k] ?? k).join(', ')}.`;
}
