/**
 * Only the user makes a field the note. A page (or any frame of it) can create a field, fill it and
 * dispatch `input` or call `focus()` (whose focus event the browser marks trusted); it cannot make a
 * trusted keystroke or click. A field is followed once trusted input lands in it, or when its focus
 * follows the user's click on it (or its label) or a Tab key, so synthetic events change nothing.
 */
import { noteFieldFromEvent } from './find-field';

/** How long after the user's Tab key or click a focus counts as theirs (ms). */
export const GESTURE_WINDOW_MS = 1000;

/** Trusted input in the field itself: typing, pasting, dropping, clicking. */
export const TRUST_EVENTS = ['pointerdown', 'keydown', 'beforeinput', 'input', 'paste', 'drop'] as const;

/** A running gate; its owner (the watcher) stops it. */
export interface TrustGate {
  /** True when `el` may be the note, given the event that brought it up (none: an initial scan). */
  allows: (el: Element, event?: Event) => boolean;
  /** A re-rendered field takes over the trust of the one it replaces. */
  inherit: (from: Element, to: Element) => void;
  stop: () => void;
}

/** Watch `doc` for trusted user input; `isTrusted` is handed in so DOM tests can simulate a user. */
export function createTrustGate(doc: Document, isTrusted: (e: Event) => boolean = (e) => e.isTrusted): TrustGate {
  const trusted = new WeakSet<Element>();
  let lastTab = Number.NEGATIVE_INFINITY;
  let lastPointer: { at: number; target: EventTarget | null } = { at: Number.NEGATIVE_INFINITY, target: null };
  const onInput = (e: Event) => {
    if (!isTrusted(e)) return;
    if (e.type === 'keydown' && (e as KeyboardEvent).key === 'Tab') lastTab = e.timeStamp;
    if (e.type === 'pointerdown') lastPointer = { at: e.timeStamp, target: e.composedPath()[0] ?? null };
    const el = noteFieldFromEvent(e);
    if (el) trusted.add(el);
  };
  /** A focus the user caused: right after a Tab, or after a click on the field or on its label. */
  const userFocus = (el: Element, e: Event) => {
    if (e.timeStamp - lastTab <= GESTURE_WINDOW_MS) return true;
    if (e.timeStamp - lastPointer.at > GESTURE_WINDOW_MS || !(lastPointer.target instanceof Node)) return false;
    const label = lastPointer.target instanceof Element ? lastPointer.target.closest('label') : null;
    return el.contains(lastPointer.target) || (label !== null && label.control === el);
  };
  for (const type of TRUST_EVENTS) doc.addEventListener(type, onInput, true);
  return {
    allows(el, event) {
      if (trusted.has(el)) return true;
      if (!event || !isTrusted(event)) return false;
      if (event.type === 'input' || (event.type === 'focusin' && userFocus(el, event))) trusted.add(el);
      return trusted.has(el);
    },
    inherit(from, to) {
      if (trusted.has(from)) trusted.add(to);
    },
    stop() {
      for (const type of TRUST_EVENTS) doc.removeEventListener(type, onInput, true);
    },
  };
}
