/** "Check billed lines": the coder types or pastes the claim; each line shows whether the note supports it. */
import { useEffect, useMemo } from 'preact/hooks';
import type { SidebarPrefs } from '../../settings/prefs';
import { billedView, STATUS_WORDS } from './billed-view';
import type { FullAnalysis } from './use-full';

const RULE_LABEL = { cms: 'CMS 8-minute rule', ama: 'AMA midpoint rule' } as const;

/** The billed-lines box and the line-by-line result under the sidebar's rule (the section heading is the caller's). */
export function BilledCheck({
  whole,
  rule,
  input,
  setInput,
}: {
  /** The whole analysis (the check reads every performed intervention; a long note's view lacks most). */
  whole: FullAnalysis;
  rule: SidebarPrefs['rule'];
  /** The claim as typed (held by the sidebar: kept across re-analyses, and the defense summary quotes it). */
  input: string;
  setInput: (value: string) => void;
}) {
  const { full: analysis, want } = whole;
  const typed = input.trim() !== '';
  useEffect(() => {
    if (typed) want();
  }, [typed, want]);
  const view = useMemo(() => (analysis ? billedView(analysis, input, rule) : null), [analysis, input, rule]);
  return (
    <div class="tc-billed">
      <label for="tc-billed-input" class="tc-visually-hidden">
        Billed lines, e.g. 97530 x2, 97110 x1, 97140 x1 GP
      </label>
      <textarea
        id="tc-billed-input"
        class="tc-billed-input"
        data-testid="billed-input"
        rows={1}
        placeholder="e.g. 97530 x2, 97110 x1 GP"
        spellcheck={false}
        autocomplete="off"
        value={input}
        onInput={(e) => setInput(e.currentTarget.value)}
      />
      {view && view.errors.length > 0 && (
        <ul class="tc-list" aria-label="Lines that could not be read">
          {view.errors.map((e) => (
            <li key={`${e.line}-${e.input}`} data-testid="billed-error" class="tc-flag-warning">
              Line {e.line}: {e.message}
            </li>
          ))}
        </ul>
      )}
      {view?.byRule.map(({ rule: r, results }) => (
        <div key={r}>
          {view.byRule.length > 1 && <h3 class="tc-billed-rule">Under the {RULE_LABEL[r]}</h3>}
          <ul class="tc-list" aria-live="polite">
            {results.map((x, i) => (
              <li
                key={`${x.code}-${x.status}-${i}`}
                data-testid="billed-line"
                data-status={x.status}
                data-code={x.code}
                data-rule={r}
                class={x.status === 'ok' ? undefined : 'tc-flag-warning'}
              >
                <strong>{STATUS_WORDS[x.status]}:</strong> {x.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
