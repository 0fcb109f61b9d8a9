/** The options page's state: the user's repaired choices, what is in force, and saving through the background. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings, SettingKey, Settings } from '../../contracts/settings';
import { fetchEffectiveSettings, onSettingsChanged } from '../../settings/client';
import { repairUserSettings } from '../../settings/repair';
import { userSettingsItem } from '../../settings/storage';
import { saveUserSettings } from '../../settings/write';

export interface OptionsState {
  user: Partial<Settings>;
  effective: EffectiveSettings | null;
  loaded: boolean;
  /** Why the last save failed, in words (null when it worked). */
  saveError: string | null;
}

/**
 * Load and follow changes. Reading storage directly is fine (export needs the user's own choices);
 * every write goes through the background, which validates it and repairs corrupt values.
 */
export function useOptions() {
  const [state, setState] = useState<OptionsState>({ user: {}, effective: null, loaded: false, saveError: null });

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

  const saved = useCallback(
    async (error: string | null) => {
      setState((s) => ({ ...s, saveError: error }));
      if (!error) await refresh();
      return error;
    },
    [refresh],
  );

  /** Save one user choice; the background merges it over the stored ones and broadcasts. */
  const save = useCallback(
    async <K extends SettingKey>(key: K, value: Settings[K]) =>
      saved(await saveUserSettings({ [key]: value } as Partial<Settings>)),
    [saved],
  );

  /** Replace all user choices (import). */
  const replace = useCallback(async (user: Partial<Settings>) => saved(await saveUserSettings(user, true)), [saved]);

  return { state, save, replace };
}
