// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTrustGate } from '../../lib/editors/trust';
import { type NoteWatcher, watchNotes } from '../../lib/editors/watch';

let watcher: NoteWatcher | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
});

function textarea(attrs: Record<string, string> = {}): HTMLTextAreaElement {
  const ta = document.createElement('textarea');
  for (const [k, v] of Object.entries(attrs)) ta.setAttribute(k, v);
  document.body.append(ta);
  return ta;
}

function type(el: HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

test('debounced, and sent only when the text changed', async () => {
  const onNote = vi.fn();
  watcher = watchNotes(document, { onNote, debounceMs: 60, isTrusted: () => true });
  const ta = textarea({ id: 'note' });
  type(ta, 'Ther');
  type(ta, 'Ther ex');
  await vi.advanceTimersByTimeAsync(30);
  expect(onNote).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(60);
  expect(onNote).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^f\d+$/), 'Ther ex', 7);
  type(ta, 'Ther ex');
  await vi.advanceTimersByTimeAsync(100);
  expect(onNote).toHaveBeenCalledOnce();
});

test('read-only fields are never reported', async () => {
  const onNote = vi.fn();
  watcher = watchNotes(document, { onNote, isTrusted: () => true });
  type(textarea({ readonly: '' }), 'Ther ex 15 min');
  await vi.advanceTimersByTimeAsync(200);
  expect(onNote).not.toHaveBeenCalled();
});

test('a field replaced by a re-render keeps its id; a field gone for good is cleared', async () => {
  const onNote = vi.fn();
  const onCleared = vi.fn();
  watcher = watchNotes(document, { onNote, onCleared, debounceMs: 10, isTrusted: () => true });
  const ta = textarea({ id: 'note', name: 'note' });
  type(ta, 'Ther ex');
  await vi.advanceTimersByTimeAsync(20);
  const id = onNote.mock.calls[0]?.[0];
  const next = document.createElement('textarea');
  next.id = 'note';
  next.setAttribute('name', 'note');
  next.value = 'Ther ex 15 min';
  ta.replaceWith(next);
  await vi.advanceTimersByTimeAsync(50);
  expect(onNote).toHaveBeenLastCalledWith(id, 'Ther ex 15 min', 14);
  expect(watcher.field(id)).toBe(next);
  next.remove();
  await vi.advanceTimersByTimeAsync(1200);
  expect(onCleared).toHaveBeenCalledWith(id);
});

test('text longer than maxChars is cut before sending, with the real length beside it', async () => {
  const onNote = vi.fn();
  watcher = watchNotes(document, { onNote, maxChars: 5, debounceMs: 0, isTrusted: () => true });
  const ta = textarea();
  type(ta, 'abcdefgh');
  await vi.advanceTimersByTimeAsync(10);
  expect(onNote.mock.calls[0]?.slice(1)).toEqual(['abcde', 8]);
  // typing past the cut leaves the sent text alone but changes the length the sidebar reports
  type(ta, 'abcdefghij');
  await vi.advanceTimersByTimeAsync(10);
  expect(onNote.mock.calls[1]?.slice(1)).toEqual(['abcde', 10]);
});

test('synthetic events make nothing the note; trusted input in the field does', async () => {
  const onNote = vi.fn();
  const user = new WeakSet<Event>(); // the events a real user produced (happy-dom marks none trusted)
  watcher = watchNotes(document, { onNote, debounceMs: 10, isTrusted: (e) => user.has(e) });
  const planted = textarea({ id: 'planted' });
  planted.value = 'TA 53 min: lifting to simulate work';
  planted.focus(); // a page's focus() and input events are not the user's
  type(planted, 'TA 53 min: lifting to simulate work');
  await vi.advanceTimersByTimeAsync(50);
  expect(onNote).not.toHaveBeenCalled();
  const real = textarea({ id: 'note' });
  real.value = 'Ther ex 15 min';
  const typed = new InputEvent('input', { bubbles: true, composed: true });
  user.add(typed);
  real.dispatchEvent(typed);
  await vi.advanceTimersByTimeAsync(50);
  expect(onNote).toHaveBeenCalledExactlyOnceWith(expect.any(String), 'Ther ex 15 min', 14);
  // once followed, the planted field still cannot take over with more synthetic input
  type(planted, 'TA 60 min');
  await vi.advanceTimersByTimeAsync(50);
  expect(onNote).toHaveBeenCalledOnce();
});

test('resend: the note this frame last sent goes out again at once (a restarted worker lost it); any other id is refused', async () => {
  const onNote = vi.fn();
  watcher = watchNotes(document, { onNote, debounceMs: 10, isTrusted: () => true });
  const ta = textarea({ id: 'note' });
  type(ta, 'Ther ex 15 min');
  await vi.advanceTimersByTimeAsync(20);
  const id = onNote.mock.calls[0]?.[0] as string;
  expect(watcher.resend('f-unknown')).toBe(false);
  expect(watcher.resend(id)).toBe(true);
  await vi.advanceTimersByTimeAsync(1);
  expect(onNote).toHaveBeenCalledTimes(2);
  expect(onNote).toHaveBeenLastCalledWith(id, 'Ther ex 15 min', 14);
  ta.remove();
  await vi.advanceTimersByTimeAsync(2000);
  expect(watcher.resend(id)).toBe(false);
});

test('a click made before the watcher started (settings still on their way) is kept by an early gate', async () => {
  const onNote = vi.fn();
  const user = new WeakSet<Event>();
  const ta = textarea({ id: 'note' });
  ta.value = 'Ther ex 15 min: LAQ 3x10 for quad strength';
  const gate = createTrustGate(document, (e) => user.has(e));
  const click = new PointerEvent('pointerdown', { bubbles: true, composed: true });
  user.add(click);
  ta.dispatchEvent(click);
  ta.focus();
  watcher = watchNotes(document, { onNote, debounceMs: 10, isTrusted: (e) => user.has(e), gate });
  await vi.advanceTimersByTimeAsync(20);
  expect(onNote).toHaveBeenCalledExactlyOnceWith(expect.any(String), 'Ther ex 15 min: LAQ 3x10 for quad strength', 42);
});

test('without that click a focused field is not followed on start (a page may focus() it)', async () => {
  const onNote = vi.fn();
  const ta = textarea({ id: 'note' });
  ta.value = 'Ther ex 15 min';
  ta.focus();
  const gate = createTrustGate(document, () => false);
  watcher = watchNotes(document, { onNote, debounceMs: 10, isTrusted: () => false, gate });
  await vi.advanceTimersByTimeAsync(20);
  expect(onNote).not.toHaveBeenCalled();
});
