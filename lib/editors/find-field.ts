/** Locating note fields: from an event's composed path, from focus, and again after an SPA re-render. */
import { editableRoot } from './adapters';
import { isEligible } from './eligibility';

/** The editing root an element belongs to (a textarea/input itself, or an editor's root), as its adapter says. */
export function editingRoot(target: Element): Element | null {
  return editableRoot(target)?.root ?? null;
}

/** The eligible editing root an event came from, looking through open shadow roots. */
export function noteFieldFromEvent(event: Event): Element | null {
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    const root = editingRoot(target);
    if (root) return isEligible(root) ? root : null;
  }
  return null;
}

/** The focused element, looking into open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The eligible note field that has focus now, if any. */
export function focusedNoteField(doc: Document): Element | null {
  const el = deepActiveElement(doc);
  const root = el ? editingRoot(el) : null;
  return root && isEligible(root) ? root : null;
}

/** What identifies a field across a re-render: tag plus the attributes frameworks keep stable. */
export function fieldSignature(el: Element): string {
  const attrs = ['id', 'name', 'aria-label', 'placeholder', 'class'].map((a) => el.getAttribute(a) ?? '');
  return [el.tagName, ...attrs].join('|');
}

/** Find the field that replaced a removed one: the focused field, else one with the same signature. */
export function findReplacement(scope: Document | ShadowRoot, signature: string, doc: Document): Element | null {
  const focused = focusedNoteField(doc);
  if (focused && fieldSignature(focused) === signature) return focused;
  const tag = signature.split('|')[0]?.toLowerCase() ?? '';
  const candidates = tag ? scope.querySelectorAll(tag) : [];
  for (const el of candidates) {
    const root = editingRoot(el);
    if (root === el && isEligible(el) && fieldSignature(el) === signature) return el;
  }
  return null;
}
