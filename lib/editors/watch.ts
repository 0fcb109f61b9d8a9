/**
 * Follow the note the user is working on in this frame: capture-phase focusin/input (through
 * open shadow roots via composedPath), a MutationObserver for fields an SPA re-renders, and report
 * `{fieldId, text}` debounced and only on change. Editor code never calls `browser`: the transport
 * is handed in.
 */
import { aliasField, fieldById, fieldId } from './field-ids';
import { fieldSignature, findReplacement, focusedNoteField, noteFieldFromEvent } from './find-field';
import { readFieldText } from './read-text';
import { createTrustGate } from './trust';

/** Re-exported for callers that only know the watcher module. */
export { noteFieldFromEvent } from './find-field';

/** What the watcher reports to and how long it waits. */
export interface NoteWatcherOptions {
  /**
   * Called with the field's current text after the user pauses (and once on focus); `fullLength` is
   * the field's real length, larger than `text.length` when the text was cut at `maxChars`.
   */
  onNote: (fieldId: string, text: string, fullLength: number) => void;
  /** Pause after the last keystroke before reading (ms). */
  debounceMs?: number;
  /** Longer text is cut here before sending (the engine then flags the note as truncated). */
  maxChars?: number;
  /** Called when the followed field left the page and nothing replaced it (the sidebar goes idle). */
  onCleared?: (fieldId: string) => void;
  /** Whether an event came from the user (default `event.isTrusted`; DOM tests simulate a user). */
  isTrusted?: (event: Event) => boolean;
}

/** A running watcher. */
export interface NoteWatcher {
  stop: () => void;
  /** The live element for a field id this frame reported (for highlighting). */
  field: (id: string) => Element | null;
}

/** Start watching `doc`; the content-script context owns the returned watcher. */
export function watchNotes(doc: Document, opts: NoteWatcherOptions): NoteWatcher {
  const { onNote, debounceMs = 60, maxChars = Number.POSITIVE_INFINITY } = opts;
  const lastSent = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Element | null = null;
  let current: { el: Element; id: string; signature: string } | null = null;
  let sentAny = false;
  // only trusted user input makes a field the note (trust.ts): synthetic events change nothing
  const gate = createTrustGate(doc, opts.isTrusted);

  const flush = () => {
    timer = undefined;
    const el = pending;
    pending = null;
    if (!el?.isConnected) return;
    const id = fieldId(el);
    const full = readFieldText(el);
    const text = full.length > maxChars ? full.slice(0, maxChars) : full;
    // typing past the cut changes only the length, which the sidebar reports: that is a change too
    const key = text.length === full.length ? text : `${full.length}:${text}`;
    if (lastSent.get(id) === key) return;
    lastSent.set(id, key);
    sentAny = true;
    onNote(id, text, full.length);
  };
  const schedule = (el: Element, delay: number) => {
    pending = el;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delay);
  };
  // Rich editors (CKEditor 5) may cancel beforeinput and render the change themselves, so no
  // input event fires: watch the editable root's own mutations while it is the note.
  const contentObserver = new MutationObserver(() => {
    if (current?.el.isConnected) schedule(current.el, debounceMs);
  });
  const follow = (el: Element) => {
    if (current?.el === el) return;
    current = { el, id: fieldId(el), signature: fieldSignature(el) };
    contentObserver.disconnect();
    // a textarea's typing mutates no DOM, so observing it costs nothing and needs no special case
    contentObserver.observe(el, { childList: true, subtree: true, characterData: true });
    const root = el.getRootNode();
    if (root instanceof ShadowRoot) observer.observe(root, { childList: true, subtree: true });
  };
  // A field that is gone for a moment may be mid re-render: only report it cleared after a grace period.
  let goneTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleGone = (id: string) => {
    if (goneTimer !== undefined) return;
    goneTimer = setTimeout(() => {
      goneTimer = undefined;
      if (current?.id !== id || current.el.isConnected) return;
      current = null;
      lastSent.delete(id);
      opts.onCleared?.(id);
    }, 1000);
  };
  // An SPA re-render swaps the element under the user: keep following the replacement under the same id.
  const observer = new MutationObserver(() => {
    if (!current || current.el.isConnected) return;
    const scope = current.el.getRootNode();
    const replacement = findReplacement(scope instanceof ShadowRoot ? scope : doc, current.signature, doc);
    if (!replacement) {
      scheduleGone(current.id);
      return;
    }
    aliasField(replacement, current.id);
    gate.inherit(current.el, replacement);
    current = null;
    follow(replacement);
    schedule(replacement, debounceMs);
  });
  observer.observe(doc, { childList: true, subtree: true });

  const onFocus = (e: Event) => {
    const el = noteFieldFromEvent(e);
    if (!el || !gate.allows(el, e)) return;
    follow(el);
    // focusing a field makes it the note again, unless it is an empty field while another holds a note
    if (readFieldText(el).length > 0 || !sentAny) {
      lastSent.delete(fieldId(el));
      schedule(el, 0);
    }
  };
  const onInput = (e: Event) => {
    const el = noteFieldFromEvent(e);
    if (!el || !gate.allows(el, e)) return;
    follow(el);
    schedule(el, debounceMs);
  };
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  // scan on load: a field may already have focus (autofocus, or the frame loaded under the caret)
  const focused = focusedNoteField(doc);
  if (focused && gate.allows(focused)) {
    follow(focused);
    schedule(focused, 0);
  }
  return {
    stop: () => {
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      gate.stop();
      observer.disconnect();
      contentObserver.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      if (goneTimer !== undefined) clearTimeout(goneTimer);
    },
    field: fieldById,
  };
}
