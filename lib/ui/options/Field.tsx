/** One setting: label, a plain-words explanation, the control, a lock note or a validation message, and its reset. */
import type { ComponentChildren } from 'preact';
import type { SettingKey } from '../../contracts/settings';
import { SETTING_TEXT } from '../../settings/texts';

export interface FieldProps {
  k: SettingKey;
  locked: boolean;
  /** The user has a choice of their own for this key (so there is something to reset). */
  own: boolean;
  /** Put this setting back to its default (not offered when policy locks it). */
  onReset: (k: SettingKey) => void;
  errors?: string[];
  children: ComponentChildren;
}

/** A labelled setting row (its words from SETTING_TEXT); locked rows say who set them and offer no reset. */
export function Field({ k, locked, own, onReset, errors = [], children }: FieldProps) {
  const { label, help } = SETTING_TEXT[k];
  return (
    <fieldset class="field" data-testid={`setting-${k}`} disabled={locked}>
      <legend>{label}</legend>
      <p class="help">{help}</p>
      {children}
      {locked ? (
        <p class="locked">
          <span data-testid={`locked-${k}`}>Set by your organization</span>
          <span class="managed-why"> (managed policy): it cannot be changed or reset here.</span>
        </p>
      ) : (
        <p class="reset-row">
          <button
            type="button"
            class="reset"
            data-testid={`reset-${k}`}
            disabled={!own}
            aria-label={`Reset to default: ${label}`}
            onClick={() => onReset(k)}
          >
            Reset to default
          </button>
          {!own && <span class="help"> (the default is in use)</span>}
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
