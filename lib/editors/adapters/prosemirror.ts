/** ProseMirror (and editors built on it: Tiptap, Remirror). */
import { closestEditable, type EditorAdapter } from './types';

/** ProseMirror: `.ProseMirror`; separators around inline nodes are not text. */
export const prosemirror: EditorAdapter = {
  name: 'prosemirror',
  root: (el) => closestEditable(el, '.ProseMirror'),
  ignore: (el) => el.classList.contains('ProseMirror-separator') || el.classList.contains('ProseMirror-widget'),
};
