/** Any other contenteditable. */
import type { EditorAdapter } from './types';

/** Any other contenteditable: the outermost editing host. */
export const generic: EditorAdapter = {
  name: 'contenteditable',
  root: (el) => {
    if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
    let host = el;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  },
};
