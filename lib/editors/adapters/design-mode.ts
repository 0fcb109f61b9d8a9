/** A document in `designMode` (Telerik/Kendo-style editors: an iframe whose whole document is editable). */
import type { EditorAdapter } from './types';

/**
 * The body is the note. Every element of such a document is editable, up to `<html>`, so the generic
 * "outermost editing host" would read `<head>` (the title) as well.
 */
export const designMode: EditorAdapter = {
  name: 'design-mode',
  root: (el) => {
    const doc = el.ownerDocument;
    return doc.designMode === 'on' && doc.body?.contains(el) ? doc.body : null;
  },
};
