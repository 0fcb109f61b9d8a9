/** Lexical (Meta's editor; plain-text and rich-text alike). */
import { closestEditable, type EditorAdapter } from './types';

/**
 * Lexical: the root carries `data-lexical-editor`; decorator nodes (mentions, embeds) are islands
 * the editor renders with `contenteditable=false` and are not typed text.
 */
export const lexical: EditorAdapter = {
  name: 'lexical',
  root: (el) => closestEditable(el, '[data-lexical-editor="true"]'),
  ignore: (el) => el.hasAttribute('data-lexical-decorator'),
};
