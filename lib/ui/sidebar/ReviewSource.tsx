/** In review mode, say what the sidebar analysed: a selection or the page's main text, and how much of it. */
import { reviewLabel } from '../../review/source';

/** "Reviewing: selection (1,234 characters)"; nothing for a note typed in a field. */
export function ReviewSource({ fieldId, text }: { fieldId: string | null; text: string }) {
  const label = reviewLabel(fieldId, text.length);
  if (!label) return null;
  return (
    <p class="tc-note tc-review-source" data-testid="review-source">
      {label}
    </p>
  );
}
