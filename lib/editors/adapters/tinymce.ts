/** TinyMCE (its about:blank iframe body, or inline mode). */
import { closestEditable, type EditorAdapter } from './types';

/** TinyMCE: the iframe body (or inline `.mce-content-body`); `data-mce-bogus` nodes are caret helpers. */
export const tinymce: EditorAdapter = {
  name: 'tinymce',
  root: (el) => closestEditable(el, '.mce-content-body'),
  ignore: (el) => el.getAttribute('data-mce-bogus') === 'all' || el.hasAttribute('data-mce-caret'),
};
