/**
 * One small adapter per rich-editor family. Generic contenteditable reading does the work;
 * adapters only say where each editor's editable root is and which of its nodes are not text.
 */
import type { EditorAdapter } from './types';

const closestEditable = (el: HTMLElement, selector: string): HTMLElement | null => {
  const root = el.closest<HTMLElement>(selector);
  return root?.isContentEditable ? root : null;
};

/** TinyMCE: the iframe body (or inline `.mce-content-body`); `data-mce-bogus` nodes are caret helpers. */
export const tinymce: EditorAdapter = {
  name: 'tinymce',
  root: (el) => closestEditable(el, '.mce-content-body'),
  ignore: (el) => el.getAttribute('data-mce-bogus') === 'all' || el.hasAttribute('data-mce-caret'),
};

/** CKEditor 5: `.ck-editor__editable`; filler <br>s and widget handles are UI, not text. */
export const ckeditor5: EditorAdapter = {
  name: 'ckeditor5',
  root: (el) => closestEditable(el, '.ck-editor__editable'),
  ignore: (el) =>
    el.hasAttribute('data-cke-filler') ||
    el.classList.contains('ck-widget__type-around') ||
    el.classList.contains('ck-fake-selection-container'),
};

/** Quill: `.ql-editor`; `.ql-ui` holds list markers and other chrome. */
export const quill: EditorAdapter = {
  name: 'quill',
  root: (el) => closestEditable(el, '.ql-editor'),
  ignore: (el) => el.classList.contains('ql-ui'),
};

/** ProseMirror: `.ProseMirror`; separators around inline nodes are not text. */
export const prosemirror: EditorAdapter = {
  name: 'prosemirror',
  root: (el) => closestEditable(el, '.ProseMirror'),
  ignore: (el) => el.classList.contains('ProseMirror-separator') || el.classList.contains('ProseMirror-widget'),
};

/** Any other contenteditable: the outermost editing host. */
export const generic: EditorAdapter = {
  name: 'contenteditable',
  root: (el) => {
    if (!el.isContentEditable) return null;
    let host = el;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  },
};

/** Families in the order they are tried; `generic` last. */
export const ADAPTERS: readonly EditorAdapter[] = [tinymce, ckeditor5, quill, prosemirror, generic];

/** The adapter and editable root for an element inside a contenteditable, if any. */
export function editableRoot(el: HTMLElement): { adapter: EditorAdapter; root: HTMLElement } | null {
  for (const adapter of ADAPTERS) {
    const root = adapter.root(el);
    if (root) return { adapter, root };
  }
  return null;
}

/** The adapter whose root `root` is (for reading a known root). */
export function adapterFor(root: HTMLElement): EditorAdapter {
  return ADAPTERS.find((a) => a.root(root) === root) ?? generic;
}
