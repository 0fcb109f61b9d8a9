/**
 * The defense summary (issue #7): "Copy summary" (policy can disable it via copyDisabled) and a
 * separate "Defense summary" button that shows the same plain text in a read-only region the coder
 * can select — also when copying is disabled. Under the 'both' rule the summary carries both rules.
 */
import { useState } from 'preact/hooks';
import type { Analysis } from '../../contracts/analysis';
import { defenseSummary } from '../../engine/defense';
import type { SidebarPrefs } from '../../settings/prefs';

/** Footer with the copy and show buttons and the summary region. */
export function SummaryFooter({
  analysis,
  text,
  prefs,
  copy,
}: {
  analysis: Analysis;
  text: string;
  prefs: Pick<SidebarPrefs, 'rule' | 'copyDisabled'>;
  copy: (text: string) => Promise<void>;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const summary = () => defenseSummary(analysis, text, prefs.rule);
  const onCopy = async () => {
    try {
      await copy(summary());
      setCopied('Summary copied to the clipboard.');
    } catch {
      setCopied('Could not copy: the page does not allow clipboard access.');
    }
  };
  return (
    <footer class="tc-footer">
      <p class="tc-actions">
        {!prefs.copyDisabled && (
          <button type="button" class="tc-btn" data-testid="copy-summary" onClick={onCopy}>
            Copy summary
          </button>
        )}{' '}
        <button
          type="button"
          class="tc-btn"
          data-testid="show-defense"
          aria-expanded={shown}
          aria-controls="tc-defense"
          onClick={() => setShown(!shown)}
        >
          Defense summary
        </button>
      </p>
      <p class="tc-copied" aria-live="polite">
        {copied ?? ''}
      </p>
      {shown && (
        // plain selectable text, not a textarea: nothing here looks like a note field to the watcher
        <section id="tc-defense" aria-labelledby="tc-defense-h">
          <h2 id="tc-defense-h">Defense summary</h2>
          <pre class="tc-defense" data-testid="defense-summary">
            {summary()}
          </pre>
        </section>
      )}
    </footer>
  );
}
