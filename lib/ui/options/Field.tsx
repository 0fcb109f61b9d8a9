/** One setting: label, a plain-words explanation, the control, a lock note or a validation message. */
import type { ComponentChildren } from 'preact';

export interface FieldProps {
  k: string;
  label: string;
  help: string;
  locked: boolean;
  errors?: string[];
  children: ComponentChildren;
}

/** A labelled setting row; locked rows say who set them. */
export function Field({ k, label, help, locked, errors = [], children }: FieldProps) {
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
