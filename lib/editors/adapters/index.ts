/**
 * One small adapter per editor family, one file each. Generic reading (linearize) does the work;
 * adapters say where each editor's root is, which of its nodes are not text, and — when a family
 * needs it — how to read it and map offsets back to its DOM.
 */
import { ckeditor4 } from './ckeditor4';
import { ckeditor5 } from './ckeditor5';
import { designMode } from './design-mode';
import { generic } from './generic';
import { lexical } from './lexical';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { slate } from './slate';
import { textControl } from './text-control';
import { tinymce } from './tinymce';
import type { EditorAdapter } from './types';

export type { EditorAdapter } from './types';

/** Families in the order they are tried: specific editors first, designMode then any contenteditable last. */
export const ADAPTERS: readonly EditorAdapter[] = [
  textControl,
  tinymce,
  ckeditor4,
  ckeditor5,
  quill,
  prosemirror,
  lexical,
  slate,
  designMode,
  generic,
];

/** The adapter and editing root for an element inside an editable field, if any. */
export function editableRoot(el: Element): { adapter: EditorAdapter; root: Element } | null {
  for (const adapter of ADAPTERS) {
    const root = adapter.root(el);
    if (root) return { adapter, root };
  }
  return null;
}

/** The adapter whose root `root` is (for reading a known root). */
export function adapterFor(root: Element): EditorAdapter {
  return ADAPTERS.find((a) => a.root(root) === root) ?? generic;
}
