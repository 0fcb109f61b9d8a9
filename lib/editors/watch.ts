/**
 * Follow the note the user is working on in this frame: capture-phase focusin/input (through
 * open shadow roots via composedPath) and report `{fieldId, text}` debounced and only on change.
 * Editor code never calls `browser`: the transport is handed in.
 */
import { isEligible } from './eligibility';
import { fieldId } from './field-ids';
import { readFieldText } from './read-text';

export interface NoteWatcherOptions {
  /** Called with the field's current text after the user pauses (and once on focus). */
  onNote: (fieldId: string, text: string) => void;
  debounceMs?: number;
}

/** The eligible editing root an event came from, looking through shadow roots. */
export function noteFieldFromEvent(event: Event): Element | null {
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      return isEligible(target) ? target : null;
    }
    if (target instanceof HTMLElement && target.isContentEditable) {
      // climb to the editing host: the outermost contenteditable ancestor
      let host: HTMLElement = target;
      while (host.parentElement?.isContentEditable) host = host.parentElement;
      return isEligible(host) ? host : null;
    }
  }
  return null;
}

/** Start watching; returns a stop function (the content-script context owns it). */
export function watchNotes(doc: Document, { onNote, debounceMs = 60 }: NoteWatcherOptions): () => void {
  const lastSent = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Element | null = null;

  const flush = () => {
    timer = undefined;
    const el = pending;
    pending = null;
    if (!el) return;
    const id = fieldId(el);
    const text = readFieldText(el);
    if (lastSent.get(id) === text) return;
    lastSent.set(id, text);
    onNote(id, text);
  };
  const schedule = (el: Element, delay: number) => {
    pending = el;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delay);
  };
  const onFocus = (e: Event) => {
    const el = noteFieldFromEvent(e);
    if (el) {
      lastSent.delete(fieldId(el)); // focusing a field makes it the note again, even if unchanged
      schedule(el, 0);
    }
  };
  const onInput = (e: Event) => {
    const el = noteFieldFromEvent(e);
    if (el) schedule(el, debounceMs);
  };
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  return () => {
    doc.removeEventListener('focusin', onFocus, true);
    doc.removeEventListener('input', onInput, true);
    if (timer !== undefined) clearTimeout(timer);
  };
}
