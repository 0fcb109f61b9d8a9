/**
 * Follow the note the user is working on in this frame: capture-phase focusin/input (through
 * open shadow roots via composedPath), a MutationObserver for fields an SPA re-renders, and report
 * `{fieldId, text}` debounced and only on change. The note is the whole form around the field being
 * edited (form-note.ts); its id is the form's, so moving between its fields keeps one note. Editor
 * code never calls `browser`: the transport is handed in.
 */
import { aliasField, fieldById, fieldId } from './field-ids';
import { fieldSignature, findReplacement, focusedNoteField, noteFieldFromEvent } from './find-field';
import { composeRegion } from './form-note';
import { type ComposedNote, locate } from './note-text';
import { noteRegion } from './region';
import { createTrustGate, type TrustGate } from './trust';

/** Re-exported for callers that only know the watcher module. */
export { noteFieldFromEvent } from './find-field';

/** What the watcher reports to and how long it waits. */
export interface NoteWatcherOptions {
  /**
   * Called with the field's current text after the user pauses (and once on focus); `fullLength` is
   * the field's real length, larger than `text.length` when the text was cut at `maxChars`.
   */
  onNote: (fieldId: string, text: string, fullLength: number) => void;
  /**
   * Pause after the last keystroke before reading (ms). 40 by default: keys typed faster than that
   * (a burst, auto-repeat) are read once; at an ordinary typing pace (100–200 ms a key) every pause is
   * read anyway, so a longer wait only delays the sidebar (one analysis per frame is in flight at most).
   */
  debounceMs?: number;
  /** Longer text is cut here before sending (the engine then flags the note as truncated). */
  maxChars?: number;
  /** Called when the followed field left the page and nothing replaced it (the sidebar goes idle). */
  onCleared?: (fieldId: string) => void;
  /** A CSS selector a clinic's policy pinned as this EHR's note region (else the form around the field). */
  regionSelector?: string;
  /** Whether an event came from the user (default `event.isTrusted`; DOM tests simulate a user). */
  isTrusted?: (event: Event) => boolean;
  /**
   * A trust gate started earlier (the content script starts it before its settings arrive, so a click
   * made while the worker was still waking up is not lost); the watcher owns and stops it.
   */
  gate?: TrustGate;
}

/** A running watcher. */
export interface NoteWatcher {
  stop: () => void;
  /** The live element for a field id this frame reported (a form, for a whole-form note). */
  field: (id: string) => Element | null;
  /** The field holding [start, end) of a note this frame reported, with offsets into that field's own text. */
  locate: (id: string, start: number, end: number) => { el: Element; start: number; end: number } | null;
  /** Send the note `id` again at once (the background restarted and lost it); false when this frame no longer holds it. */
  resend: (id: string) => boolean;
}

/** Start watching `doc`; the content-script context owns the returned watcher. */
export function watchNotes(doc: Document, opts: NoteWatcherOptions): NoteWatcher {
  const { onNote, debounceMs = 40, maxChars = Number.POSITIVE_INFINITY, regionSelector } = opts;
  const lastSent = new Map<string, string>();
  /** The composed text of each note as last read, to map highlight offsets back to its fields. */
  const composed = new Map<string, ComposedNote>();
  let lastNoteId: string | null = null;
  const read = (el: Element) => {
    const region = noteRegion(el, regionSelector);
    return { id: fieldId(region.key), note: composeRegion(region) };
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Element | null = null;
  let current: { el: Element; id: string; signature: string; note: Element } | null = null;
  let sentAny = false;
  // only trusted user input makes a field the note (trust.ts): synthetic events change nothing
  const gate = opts.gate ?? createTrustGate(doc, opts.isTrusted);

  const flush = () => {
    timer = undefined;
    const el = pending;
    pending = null;
    if (!el?.isConnected) return;
    const { id, note } = read(el);
    composed.set(id, note);
    const full = note.text;
    const text = full.length > maxChars ? full.slice(0, maxChars) : full;
    // typing past the cut changes only the length, which the sidebar reports: that is a change too
    const key = text.length === full.length ? text : `${full.length}:${text}`;
    if (lastSent.get(id) === key) return;
    lastSent.set(id, key);
    lastNoteId = id;
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
    current = { el, id: fieldId(el), signature: fieldSignature(el), note: noteRegion(el, regionSelector).key };
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
      // the field's form is still there (a flowsheet row removed): the note lives on, as last read
      const { note, el: gone } = current;
      current = null;
      if (note !== gone && note.isConnected) return;
      const noteId = fieldId(note);
      lastSent.delete(noteId);
      composed.delete(noteId);
      if (lastNoteId === noteId) lastNoteId = null;
      opts.onCleared?.(noteId);
    }, 1000);
  };
  // An SPA re-render swaps the element under the user: keep following the replacement under the same id.
  let root = doc.documentElement;
  const observer = new MutationObserver(() => {
    // document.open() (Kendo/Telerik-style editors write their iframe after it is created) erases the
    // document's event listeners but not this observer: a new <html> means listening again
    if (doc.documentElement !== root) {
      root = doc.documentElement;
      listen();
    }
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
    // focusing a field makes its note the note again, unless it is empty while another holds a note;
    // another field of the same form is the same note: nothing to resend
    const { id, note } = read(el);
    if (id === lastNoteId) return;
    if (note.text.length > 0 || !sentAny) {
      lastSent.delete(id);
      schedule(el, 0);
    }
  };
  const onInput = (e: Event) => {
    const el = noteFieldFromEvent(e);
    if (el) {
      if (!gate.allows(el, e)) return;
      follow(el);
      schedule(el, debounceMs);
      return;
    }
    // a flowsheet's select (or another cell that is no note field itself) changes the followed form's
    // note — when the user changed it
    const target = e.composedPath()[0];
    if (
      current &&
      (opts.isTrusted ?? ((ev: Event) => ev.isTrusted))(e) &&
      target instanceof Element &&
      noteRegion(current.el, regionSelector).roots.some((r) => r.contains(target))
    )
      schedule(current.el, debounceMs);
  };
  // adding the same listener again is a no-op, so this is safe to call whenever the document may have been reopened
  const listen = () => {
    doc.addEventListener('focusin', onFocus, true);
    doc.addEventListener('input', onInput, true);
  };
  listen();
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
    resend: (id) => {
      if (lastNoteId !== id || !current?.el.isConnected) return false;
      lastSent.delete(id);
      schedule(current.el, 0);
      return true;
    },
    locate: (id, start, end) => {
      const note = composed.get(id);
      if (note) return locate(note, start, end);
      const el = fieldById(id);
      return el ? { el, start, end } : null;
    },
  };
}
