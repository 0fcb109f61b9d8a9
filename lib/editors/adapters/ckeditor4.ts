/**
 * CKEditor 4 (4.22.1, the last open-source release; still common in older EHRs): in iframe mode the
 * editable is the iframe's `body.cke_editable`, in inline/divarea mode a `.cke_editable` element.
 * Its filling characters (a run of U+200B while typing in WebKit) are dropped by the generic walk.
 */
import { closestEditable, type EditorAdapter } from './types';

/** Nodes CKEditor 4 adds to the editable that are not the user's text. */
const CHROME_ATTRS = ['data-cke-temp', 'data-cke-hidden-sel', 'data-cke-magicline-hidden', 'data-cke-filler'];

/** CKEditor 4: `.cke_editable`; magic line, hidden selection and widget drag handles are chrome. */
export const ckeditor4: EditorAdapter = {
  name: 'ckeditor4',
  root: (el) => closestEditable(el, '.cke_editable'),
  ignore: (el) =>
    CHROME_ATTRS.some((a) => el.hasAttribute(a)) ||
    el.getAttribute('data-cke-bogus') !== null ||
    el.classList.contains('cke_widget_drag_handler_container'),
};
