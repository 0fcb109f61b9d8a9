/** Quill 2. */
import { closestEditable, type EditorAdapter } from './types';

/** Quill: `.ql-editor`; `.ql-ui` holds list markers and other chrome. */
export const quill: EditorAdapter = {
  name: 'quill',
  root: (el) => closestEditable(el, '.ql-editor'),
  ignore: (el) => el.classList.contains('ql-ui'),
};
