/** Small controls for the options page, each bound to one setting. */
import { useEffect, useState } from 'preact/hooks';
import { type Parsed, parsePercent } from './text-fields';

/** Radio buttons for an enum. */
export function Choice<T extends string>(p: {
  name: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (v: T) => void;
}) {
  return (
    <div class="choices">
      {p.options.map(([v, label]) => (
        <label key={v}>
          <input type="radio" name={p.name} checked={p.value === v} onChange={() => p.onChange(v)} /> {label}
        </label>
      ))}
    </div>
  );
}

/** A checkbox with its label. */
export function Toggle(p: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label>
      <input type="checkbox" checked={p.checked} onChange={(e) => p.onChange(e.currentTarget.checked)} /> {p.label}
    </label>
  );
}

/**
 * A textarea of lines; saves on blur only when every line is valid, else shows the errors
 * and keeps what the person typed so they can fix it.
 */
export function Lines<T>(p: {
  label: string;
  text: string;
  parse: (text: string) => Parsed<T>;
  onSave: (v: T) => void;
  onErrors: (errors: string[]) => void;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(p.text);
  useEffect(() => setDraft(p.text), [p.text]);
  return (
    <textarea
      aria-label={p.label}
      rows={4}
      value={draft}
      placeholder={p.placeholder}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        const r = p.parse(draft);
        p.onErrors(r.errors);
        if (r.errors.length === 0) p.onSave(r.value);
      }}
    />
  );
}

/**
 * A whole percentage, 0–100 (the sidebar's "% sure" scale). Saves on change only when valid; an
 * invalid entry stays in the box with the error beside it, so nothing typed is lost.
 */
export function Percent(p: {
  label: string;
  value: number;
  onSave: (v: number) => void;
  onErrors: (e: string[]) => void;
}) {
  const [draft, setDraft] = useState(String(p.value));
  useEffect(() => setDraft(String(p.value)), [p.value]);
  return (
    <label class="percent">
      <input
        type="text"
        inputMode="numeric"
        size={4}
        aria-label={p.label}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => {
          const r = parsePercent(e.currentTarget.value);
          p.onErrors(r.errors);
          if (r.errors.length === 0) p.onSave(r.value);
        }}
      />{' '}
      % sure
    </label>
  );
}
