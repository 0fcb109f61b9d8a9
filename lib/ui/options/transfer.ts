/** Export / import of the user's settings as a JSON file, validated with the one settings schema. */
import { z } from 'zod/mini';
import { type Settings, UserSettingsPatchSchema } from '../../contracts/settings';
import { migrateV2toV3, SETTINGS_VERSION } from '../../settings/migrations';

const FORMAT = 'theracode-settings';
const ImportSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(SETTINGS_VERSION),
  settings: UserSettingsPatchSchema,
});

/** Exports of version 2 (uncertainBelow as a fraction) are brought to the current form first. */
function upgrade(json: unknown): unknown {
  const file = json as { version?: unknown; settings?: unknown } | null;
  if (file?.version !== 2) return json;
  return { ...file, version: SETTINGS_VERSION, settings: migrateV2toV3(file.settings) };
}

/** The file contents for an export of the user's own choices (policy values are not exported). */
export function exportSettings(user: Partial<Settings>): string {
  return `${JSON.stringify({ format: FORMAT, version: SETTINGS_VERSION, settings: user }, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Partial<Settings> } | { ok: false; message: string };

/** Validate an imported file; on any problem nothing is changed and the message says why. */
export function importSettings(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not a TheraCode settings file (it is not valid JSON). Nothing was changed.',
    };
  }
  const parsed = ImportSchema.safeParse(upgrade(json));
  if (parsed.success) return { ok: true, settings: parsed.data.settings as Partial<Settings> };
  const issue = parsed.error.issues[0];
  const [top, key] = (issue?.path ?? []).map(String);
  const unknown = issue?.code === 'unrecognized_keys' ? issue.keys.join('", "').slice(0, 80) : '';
  const what = unknown
    ? `"${unknown}" is not a setting that can be imported`
    : top === 'settings' && key
      ? `the setting "${key}" is not valid`
      : 'it is not a TheraCode settings export';
  return { ok: false, message: `This file could not be imported: ${what}. Nothing was changed.` };
}
