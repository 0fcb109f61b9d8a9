/** One setting: label, a plain-words explanation, the control, a lock note or a validation message. */
import type { ComponentChildren } from 'preact';
import type { SettingKey } from '../../contracts/settings';
import { SETTING_TEXT } from '../../settings/texts';

export interface FieldProps {
  k: SettingKey;
  locked: boolean;
  errors?: string[];
  children: ComponentChildren;
}

/** A labelled setting row (its words from SETTING_TEXT); locked rows say who set them. */
export function Field({ k, locked, errors = [], children }: FieldProps) {
  const { label, help } = SETTING_TEXT[k];
  return (
    <fieldset class="field" data-testid={`setting-${k}`} disabled={locked}>
      <legend>{label}</legend>
      <p class="help">{help}</p>
      {children}
      {locked && (
        <p class="locked" data-testid={`locked-${k}`}>
          Set by your organization
        </p>
      )}
      {errors.map((e) => (
        <p class="error" role="alert" key={e}>
          {e}
        </p>
      ))}
    </fieldset>
  );
}
