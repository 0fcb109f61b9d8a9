/** Slate (slate-react). */
import { closestEditable, type EditorAdapter } from './types';

/**
 * Slate: the root carries `data-slate-editor`; the placeholder is a real text span inside the editor
 * (`data-slate-placeholder`) and is not the user's text. Empty lines hold a U+FEFF and a <br>: the
 * generic walk drops the former and counts the latter, like any empty paragraph.
 */
export const slate: EditorAdapter = {
  name: 'slate',
  root: (el) => closestEditable(el, '[data-slate-editor="true"]'),
  ignore: (el) => el.hasAttribute('data-slate-placeholder'),
};
