/**
 * Only the user makes a field the note. A page (or any frame of it) can create a field, fill it and
 * dispatch `input` or call `focus()`; it cannot make a trusted keystroke or click. A field is
 * followed once trusted input lands in it, or a trusted focus follows a trusted gesture in this
 * frame (a click or Tab into it), so synthetic events change nothing.
 */
import { noteFieldFromEvent } from './find-field';

/** How long after a trusted keydown/pointerdown a trusted focus counts as the user's (ms). */
export const GESTURE_WINDOW_MS = 1000;

/** Trusted input in the field itself: typing, pasting, dropping, clicking. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'beforeinput', 'input', 'paste', 'drop'] as const;

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
  let lastGesture = Number.NEGATIVE_INFINITY;
  const onInput = (e: Event) => {
    if (!isTrusted(e)) return;
    if (e.type === 'keydown' || e.type === 'pointerdown') lastGesture = e.timeStamp;
    const el = noteFieldFromEvent(e);
    if (el) trusted.add(el);
  };
  for (const type of INPUT_EVENTS) doc.addEventListener(type, onInput, true);
  return {
    allows(el, event) {
      if (trusted.has(el)) return true;
      if (!event || !isTrusted(event)) return false;
      const userFocus = event.type === 'focusin' && event.timeStamp - lastGesture <= GESTURE_WINDOW_MS;
      if (event.type === 'input' || userFocus) trusted.add(el);
      return trusted.has(el);
    },
    inherit(from, to) {
      if (trusted.has(from)) trusted.add(to);
    },
    stop() {
      for (const type of INPUT_EVENTS) doc.removeEventListener(type, onInput, true);
    },
  };
}
