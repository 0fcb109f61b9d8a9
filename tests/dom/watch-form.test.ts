// @vitest-environment happy-dom
/** The watcher reports the whole form as one note: one id while moving between its fields, offsets located per field. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type NoteWatcher, watchNotes } from '../../lib/editors/watch';

let watcher: NoteWatcher | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `<form>
    <label for="s">Subjective</label><textarea id="s"></textarea>
    <label for="o">Objective</label><textarea id="o"></textarea>
    <table><tr><th>Intervention</th><th>Minutes</th></tr>
      <tr><td><input id="i1"></td><td><select id="m1"><option></option><option>8</option><option>15</option></select></td></tr></table>
  </form>`; // test fixture only
});
afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
});
const el = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;

function type(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  field.focus();
  field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

test('typing in S then O reports one note id with both fields; moving between them sends nothing new', async () => {
  const onNote = vi.fn();
  watcher = watchNotes(document, { onNote, debounceMs: 10, isTrusted: () => true });
  type(el('s'), 'Pt reports less pain.');
  await vi.advanceTimersByTimeAsync(20);
  type(el('o'), 'Ther ex 15 min: LAQ 3x10 for quad strength');
  await vi.advanceTimersByTimeAsync(20);
  const ids = new Set(onNote.mock.calls.map((c) => c[0]));
  expect(ids.size).toBe(1);
  const last = onNote.mock.calls.at(-1)?.[1] as string;
  expect(last).toBe('Subjective:\nPt reports less pain.\n\nObjective:\nTher ex 15 min: LAQ 3x10 for quad strength');
  const sent = onNote.mock.calls.length;
  el<HTMLTextAreaElement>('s').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await vi.advanceTimersByTimeAsync(20);
  expect(onNote.mock.calls.length).toBe(sent);
  // a highlight of "LAQ" lands in the Objective field, at its own offset
  const id = [...ids][0] as string;
  const at = last.indexOf('LAQ');
  expect(watcher.locate(id, at, at + 3)).toEqual({ el: el('o'), start: 16, end: 19 });
});

test('a flowsheet select (no note field itself) changes the note of the form it is in', async () => {
  const onNote = vi.fn();
  watcher = watchNotes(document, { onNote, debounceMs: 10, isTrusted: () => true });
  type(el('i1'), 'Gait training with RW');
  await vi.advanceTimersByTimeAsync(20);
  expect(onNote.mock.calls.at(-1)?.[1]).toBe('Intervention | Minutes\nGait training with RW | ');
  const select = el<HTMLSelectElement>('m1');
  select.selectedIndex = 1;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await vi.advanceTimersByTimeAsync(20);
  expect(onNote.mock.calls.at(-1)?.[1]).toBe('Intervention | Minutes\nGait training with RW | 8 min');
});
