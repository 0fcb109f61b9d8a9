/**
 * Long lists in the sidebar show their first items and a "Show all" button: a pasted 40 KB note can
 * hold a hundred interventions, and rendering all of them on every keystroke blocks the page's
 * thread for tens of milliseconds while nobody reads past the first screens anyway. Lists other
 * tools rely on (missing elements, code rows: design.md §3.3) are never capped.
 */
import { useState } from 'preact/hooks';
import { FIRST_INTERVENTIONS } from '../../contracts/sidebar-port';

/** How many items a list shows before "Show all" (a long note's view carries no more interventions than this). */
export const LIST_LIMIT = FIRST_INTERVENTIONS;

/**
 * The items to render now, and the button that reveals the rest (null when nothing is hidden).
 * `total` is how many there are when `items` holds only the first ones (the rest is fetched after
 * `onAll`; until it arrives the button says so).
 */
export function useCapped<T>(items: readonly T[], noun: string, total = items.length, onAll?: () => void) {
  const [all, setAll] = useState(false);
  const hidden = all && items.length >= total ? 0 : Math.max(0, total - LIST_LIMIT);
  const shown = hidden > 0 ? items.slice(0, LIST_LIMIT) : items;
  const show = () => {
    setAll(true);
    onAll?.();
  };
  const more =
    hidden === 0 ? null : all ? (
      <p class="tc-note tc-more" role="status">
        Loading all {total} {noun}…
      </p>
    ) : (
      <button type="button" class="tc-btn tc-more" data-testid="show-all" onClick={show}>
        Show all {total} {noun} ({hidden} more)
      </button>
    );
  return { shown, more };
}
