/**
 * Long lists in the sidebar show their first items and a "Show all" button: a pasted 40 KB note can
 * hold a hundred interventions, and rendering all of them on every keystroke blocks the page's
 * thread for tens of milliseconds while nobody reads past the first screens anyway. Lists other
 * tools rely on (missing elements, code rows: design.md §3.3) are never capped.
 */
import { useState } from 'preact/hooks';

/** How many items a list shows before "Show all". */
export const LIST_LIMIT = 25;

/** The items to render now, and the button that reveals the rest (null when nothing is hidden). */
export function useCapped<T>(items: readonly T[], noun: string, limit = LIST_LIMIT) {
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : Math.max(0, items.length - limit);
  const shown = hidden > 0 ? items.slice(0, limit) : items;
  const more =
    hidden > 0 ? (
      <button type="button" class="tc-btn tc-more" data-testid="show-all" onClick={() => setAll(true)}>
        Show all {items.length} {noun} ({hidden} more)
      </button>
    ) : null;
  return { shown, more };
}
