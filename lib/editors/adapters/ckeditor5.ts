/** CKEditor 5 (inline editable inside the page). */
import { closestEditable, type EditorAdapter } from './types';

/** CKEditor 5: `.ck-editor__editable`; filler <br>s and widget handles are UI, not text. */
export const ckeditor5: EditorAdapter = {
  name: 'ckeditor5',
  root: (el) => closestEditable(el, '.ck-editor__editable'),
  ignore: (el) =>
    el.hasAttribute('data-cke-filler') ||
    el.classList.contains('ck-widget__type-around') ||
    el.classList.contains('ck-fake-selection-container'),
};
