/**
 * The coder's tools at the top of the sidebar, each one click away: "Check billed lines" (opens and
 * focuses the billed-lines box), "Defense summary" (the plain text in a read-only region the coder
 * can select — also when copying is disabled) and "Copy summary" (policy can disable it via
 * copyDisabled). Under the 'both' rule the summary carries both rules.
 */
import { useEffect, useState } from 'preact/hooks';
import { defenseSummary } from '../../engine/defense';
import type { SidebarPrefs } from '../../settings/prefs';
import type { FullAnalysis } from './use-full';

/** The tool bar (billed lines, defense summary, copy) and the summary region. */
export function Tools({
  whole,
  text,
  prefs,
  copy,
  openBilled,
  billed,
}: {
  /** The whole analysis (a long note's view lacks most interventions; the summary needs them all). */
  whole: FullAnalysis;
  text: string;
  prefs: Pick<SidebarPrefs, 'rule' | 'copyDisabled'>;
  copy: (text: string) => Promise<void>;
  /** Unfold the billed-lines section and put the cursor in its box. */
  openBilled: () => void;
  /** The billed lines as the coder typed them (quoted in the summary with their modifiers). */
  billed: string;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const { full, want, load } = whole;
  useEffect(() => {
    if (shown) want();
  }, [shown, want]);
  const onCopy = async () => {
    try {
      const analysis = await load();
      if (!analysis) {
        setCopied('Could not copy: the note changed meanwhile; try again.');
        return;
      }
      await copy(defenseSummary(analysis, text, prefs.rule, { billed }));
      setCopied('Summary copied to the clipboard.');
    } catch {
      setCopied('Could not copy: the page does not allow clipboard access.');
    }
  };
  return (
    <div class="tc-tools">
      <p class="tc-actions">
        <button type="button" class="tc-btn" data-testid="open-billed" onClick={openBilled}>
          Billed lines
        </button>{' '}
        <button
          type="button"
          class="tc-btn"
          data-testid="show-defense"
          aria-expanded={shown}
          aria-controls="tc-defense"
          onClick={() => setShown(!shown)}
        >
          Defense summary
        </button>{' '}
        {!prefs.copyDisabled && (
          <button type="button" class="tc-btn" data-testid="copy-summary" onClick={onCopy} aria-label="Copy summary">
            Copy
          </button>
        )}
      </p>
      <p class="tc-copied" aria-live="polite">
        {copied ?? ''}
      </p>
      {shown && (
        // plain selectable text, not a textarea: nothing here looks like a note field to the watcher
        <section id="tc-defense" aria-labelledby="tc-defense-h">
          <h2 id="tc-defense-h">Defense summary</h2>
          {full ? (
            <pre class="tc-defense" data-testid="defense-summary">
              {defenseSummary(full, text, prefs.rule, { billed })}
            </pre>
          ) : (
            <p class="tc-note">Loading the whole analysis…</p>
          )}
        </section>
      )}
    </div>
  );
}
