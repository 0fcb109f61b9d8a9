/** Skip reasons as data: why an element is not a note field (Harper's getTextareaReasons pattern). */

/** Why a field is not read as a note (named, so tests and debugging can say which). */
export type SkipReason = 'not-editable' | 'read-only' | 'disabled' | 'hidden' | 'not-text-input' | 'extension-ui';

/** Input types that hold free text a therapist could type a note into. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

function inputReasons(el: HTMLTextAreaElement | HTMLInputElement): SkipReason[] {
  const reasons: SkipReason[] = [];
  if (el instanceof HTMLInputElement && !TEXT_INPUT_TYPES.has(el.getAttribute('type')?.toLowerCase() ?? ''))
    reasons.push('not-text-input');
  if (el.readOnly) reasons.push('read-only');
  if (el.disabled) reasons.push('disabled');
  return reasons;
}

function editableReasons(el: HTMLElement): SkipReason[] {
  const reasons: SkipReason[] = [];
  // a designMode document's body is editable even where the browser does not report isContentEditable
  if (!el.isContentEditable && !(el.ownerDocument.designMode === 'on' && el === el.ownerDocument.body))
    reasons.push('not-editable');
  if (el.getAttribute('aria-readonly') === 'true') reasons.push('read-only');
  if (el.getAttribute('aria-disabled') === 'true') reasons.push('disabled');
  return reasons;
}

/** True inside TheraCode's own sidebar (its shadow root or light DOM): the billed-lines box is not a note. */
function inOwnUi(el: Element): boolean {
  for (let node: Element | null = el; node; ) {
    if (node.localName === 'theracode-sidebar') return true;
    const parent: Element | null = node.parentElement;
    const root = node.getRootNode();
    node = parent ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}

/** The reasons `el` cannot hold a note; an empty list means it is eligible. */
export function skipReasons(el: Element): SkipReason[] {
  const reasons =
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
      ? inputReasons(el)
      : el instanceof HTMLElement
        ? editableReasons(el)
        : (['not-editable'] as SkipReason[]);
  if (el.getAttribute('aria-hidden') === 'true' || (el instanceof HTMLElement && el.hidden)) reasons.push('hidden');
  if (inOwnUi(el)) reasons.push('extension-ui');
  return reasons;
}

/** True when `el` can be read as a note. */
export function isEligible(el: Element): boolean {
  return skipReasons(el).length === 0;
}
