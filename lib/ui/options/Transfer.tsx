/** Export the user's settings to a file and import them back (validated; a bad file changes nothing). */
import { useState } from 'preact/hooks';
import type { Settings } from '../../contracts/settings';
import { exportSettings, importSettings } from './transfer';

/** Export / import buttons with the import result in words. */
export function Transfer(p: { user: Partial<Settings>; onImport: (s: Partial<Settings>) => Promise<string | null> }) {
  const [message, setMessage] = useState('');
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(p.user)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'theracode-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const r = importSettings(await file.text());
    if (!r.ok) return setMessage(r.message);
    const error = await p.onImport(r.settings);
    setMessage(error ?? 'Settings imported.');
  };
  return (
    <section class="transfer">
      <h2>Move your settings</h2>
      <p class="help">
        Save your choices to a file, or load them on another computer. Organization settings are not included.
      </p>
      <button type="button" data-testid="export" onClick={download}>
        Export settings…
      </button>{' '}
      <label class="button">
        Import settings…
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import"
          onChange={(e) => void upload(e.currentTarget.files?.[0])}
        />
      </label>
      {message && (
        <p role="status" data-testid="import-message">
          {message}
        </p>
      )}
    </section>
  );
}
