/** The options page's state: the user's repaired choices, what is in force, and saving one key. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings, SettingKey, Settings } from '../../contracts/settings';
import { fetchEffectiveSettings, onSettingsChanged } from '../../settings/client';
import { repairUserSettings } from '../../settings/repair';
import { userSettingsItem } from '../../settings/storage';

export interface OptionsState {
  user: Partial<Settings>;
  effective: EffectiveSettings | null;
  /** Keys that were invalid in storage and reset on this visit. */
  reset: string[];
  loaded: boolean;
}

/** Load, repair (writing the repaired value back) and follow changes. */
export function useOptions() {
  const [state, setState] = useState<OptionsState>({ user: {}, effective: null, reset: [], loaded: false });

  const refresh = useCallback(async () => {
    const { user } = repairUserSettings(await userSettingsItem.getValue());
    const effective = await fetchEffectiveSettings();
    setState((s) => ({ ...s, user, effective, loaded: true }));
  }, []);

  useEffect(() => {
    void (async () => {
      const { user, reset } = repairUserSettings(await userSettingsItem.getValue());
      if (reset.length > 0) await userSettingsItem.setValue(user);
      const effective = await fetchEffectiveSettings();
      setState({ user, effective, reset, loaded: true });
    })();
    const offMsg = onSettingsChanged(() => void refresh());
    const offItem = userSettingsItem.watch(() => void refresh());
    return () => {
      offMsg();
      offItem();
    };
  }, [refresh]);

  /** Save one user choice; the background re-merges and broadcasts on the storage change. */
  const save = useCallback(async <K extends SettingKey>(key: K, value: Settings[K]) => {
    const { user } = repairUserSettings(await userSettingsItem.getValue());
    await userSettingsItem.setValue({ ...user, [key]: value });
  }, []);

  /** Replace all user choices (import). */
  const replace = useCallback(async (user: Partial<Settings>) => {
    await userSettingsItem.setValue(user);
  }, []);

  return { state, save, replace };
}
