/** Textareas and text inputs: the value is the text; there is no DOM inside to draw a range on. */
import type { EditorAdapter } from './types';

/** True for the form controls a note is typed into. */
export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** `<textarea>` and `<input>`: read from `.value` (what the user typed, not the DOM's default text). */
export const textControl: EditorAdapter = {
  name: 'text-control',
  root: (el) => (isTextControl(el) ? el : null),
  read: (root) => (isTextControl(root) ? root.value : ''),
  // the page's text is never touched, so a textarea is shown by scrolling it, not by a Range
  range: () => null,
};
