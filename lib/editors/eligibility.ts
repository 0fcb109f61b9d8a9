/** Skip reasons as data: why an element is not a note field (Harper's getTextareaReasons pattern). */

export type SkipReason = 'not-editable' | 'read-only' | 'disabled' | 'hidden' | 'not-text-input' | 'too-small';

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** The reasons `el` cannot hold a note; an empty list means it is eligible. */
export function skipReasons(el: Element): SkipReason[] {
  const reasons: SkipReason[] = [];
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    if (el instanceof HTMLInputElement && !TEXT_INPUT_TYPES.has(el.type)) reasons.push('not-text-input');
    if (el.readOnly) reasons.push('read-only');
    if (el.disabled) reasons.push('disabled');
  } else if (el instanceof HTMLElement) {
    if (!el.isContentEditable) reasons.push('not-editable');
    if (el.getAttribute('aria-readonly') === 'true') reasons.push('read-only');
    if (el.getAttribute('aria-disabled') === 'true') reasons.push('disabled');
  } else {
    reasons.push('not-editable');
  }
  return reasons;
}

/** True when `el` can be read as a note. */
export function isEligible(el: Element): boolean {
  return skipReasons(el).length === 0;
}
