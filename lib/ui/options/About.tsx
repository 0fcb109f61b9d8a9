/** The options page's footer pieces: "reset all", the live save confirmation, and which versions are running. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SettingKey } from '../../contracts/settings';
import { RULESET_VERSION } from '../../engine/lexicon/version';

/** The extension's version from its manifest ('' where there is none, as in unit tests). */
function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version ?? '';
  } catch {
    return '';
  }
}

/** "TheraCode 0.1.0 · ruleset 2026.12.3": what a coder quotes when asking why a note was read a certain way. */
export function About({ version = extensionVersion() }: { version?: string }) {
  return (
    <footer class="about" data-testid="about">
      TheraCode <span data-testid="about-version">{version || 'unknown version'}</span> · ruleset{' '}
      <span data-testid="about-ruleset">{RULESET_VERSION}</span>
    </footer>
  );
}

/**
 * Reset every setting the organization does not set, after a second click that says what it will
 * do (the page never uses a native confirm dialog).
 */
export function ResetAll({ keys, onReset }: { keys: readonly SettingKey[]; onReset: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <section class="reset-all">
      <h2>Start over</h2>
      {!asking ? (
        <button type="button" data-testid="reset-all" disabled={keys.length === 0} onClick={() => setAsking(true)}>
          Reset all settings to defaults…
        </button>
      ) : (
        <p>
          Your own choices for every setting go back to the defaults (settings your organization set stay as they are).{' '}
          <button
            type="button"
            data-testid="reset-all-confirm"
            onClick={() => {
              setAsking(false);
              onReset();
            }}
          >
            Reset all
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </p>
      )}
      {keys.length === 0 && !asking && <p class="help">Every setting is at its default.</p>}
    </section>
  );
}

/**
 * The confirmation of the last save or reset, in a live region that is always in the page (so
 * screen readers announce changes to it); re-keyed per write so the same words are read again.
 */
export function SaveStatus({ status }: { status: { seq: number; text: string } | null }) {
  return (
    <p class="save-status" role="status" aria-live="polite" data-testid="save-status">
      {status && <span key={status.seq}>{status.text}</span>}
    </p>
  );
}
