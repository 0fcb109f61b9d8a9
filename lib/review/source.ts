/** Review field ids: what the sidebar shows when it analysed a selection or a page rather than a field. */

/** The field id a reviewed selection is analysed under. */
export const REVIEW_SELECTION_FIELD = 'review:selection';
/** The field id a reviewed page's main text block is analysed under. */
export const REVIEW_PAGE_FIELD = 'review:page';

/** "Reviewing: selection (1,234 characters)" for a review field id; null for a note field. */
export function reviewLabel(fieldId: string | null, chars: number): string | null {
  const count = `${chars.toLocaleString('en-US')} character${chars === 1 ? '' : 's'}`;
  if (fieldId === REVIEW_SELECTION_FIELD) return `Reviewing: selection (${count})`;
  if (fieldId === REVIEW_PAGE_FIELD) return `Reviewing: page text (${count})`;
  return null;
}

/** True for the field ids review mode analyses under. */
export function isReviewField(fieldId: string | null): boolean {
  return fieldId === REVIEW_SELECTION_FIELD || fieldId === REVIEW_PAGE_FIELD;
}
