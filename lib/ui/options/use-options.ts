/** The options page's state: the user's repaired choices, what is in force, and saving through the background. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings, SettingKey, Settings } from '../../contracts/settings';
import { fetchEffectiveSettings, onSettingsChanged } from '../../settings/client';
import { repairUserSettings } from '../../settings/repair';
import { userSettingsItem } from '../../settings/storage';
import { SETTING_TEXT } from '../../settings/texts';
import { saveUserSettings } from '../../settings/write';

export interface OptionsState {
  user: Partial<Settings>;
  effective: EffectiveSettings | null;
  loaded: boolean;
  /** Why the last save failed, in words (null when it worked). */
  saveError: string | null;
  /** What the last write did, in words, for the page's live region; `seq` changes on every write so it is read out again. */
  status: { seq: number; text: string } | null;
}

/**
 * Load and follow changes. Reading storage directly is fine (export needs the user's own choices);
 * every write goes through the background, which validates it and repairs corrupt values.
 */
export function useOptions() {
  const [state, setState] = useState<OptionsState>({
    user: {},
    effective: null,
    loaded: false,
    saveError: null,
    status: null,
  });

  const refresh = useCallback(async () => {
    const { user } = repairUserSettings(await userSettingsItem.getValue());
    const effective = await fetchEffectiveSettings();
    setState((s) => ({ ...s, user, effective, loaded: true }));
  }, []);

  useEffect(() => {
    void refresh();
    const offMsg = onSettingsChanged(() => void refresh());
    const offItem = userSettingsItem.watch(() => void refresh());
    return () => {
      offMsg();
      offItem();
    };
  }, [refresh]);

  /** After a write: the error, or the confirmation (announced by the live region) and a re-read. */
  const saved = useCallback(
    async (error: string | null, done: string) => {
      setState((s) => ({
        ...s,
        saveError: error,
        status: error ? s.status : { seq: (s.status?.seq ?? 0) + 1, text: done },
      }));
      if (!error) await refresh();
      return error;
    },
    [refresh],
  );

  /** Save one user choice; the background merges it over the stored ones and broadcasts. */
  const save = useCallback(
    async <K extends SettingKey>(key: K, value: Settings[K]) =>
      saved(await saveUserSettings({ [key]: value } as Partial<Settings>), `Saved: ${SETTING_TEXT[key].name}.`),
    [saved],
  );

  /** Put some settings back to their defaults (the user's own choice for them is forgotten). */
  const reset = useCallback(
    async (keys: readonly SettingKey[], done: string) => saved(await saveUserSettings({}, false, keys), done),
    [saved],
  );

  /** Replace all user choices (import). */
  const replace = useCallback(
    async (user: Partial<Settings>) => saved(await saveUserSettings(user, true), 'Saved: the imported settings.'),
    [saved],
  );

  return { state, save, reset, replace };
}
