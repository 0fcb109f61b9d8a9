// @vitest-environment happy-dom
/** Each editor family's adapter: where its root is, what of its DOM is chrome, and reading/ranges through the hooks. */
import { describe, expect, test } from 'vitest';
import { adapterFor, editableRoot } from '../../lib/editors/adapters';
import { editingRoot } from '../../lib/editors/find-field';
import { composeRegion } from '../../lib/editors/form-note';
import { linearize } from '../../lib/editors/linearize';
import { domPoint, rangeInField, textOffset } from '../../lib/editors/offsets';
import { readFieldText } from '../../lib/editors/read-text';
import { noteRegion } from '../../lib/editors/region';

function mount(markup: string): HTMLElement {
  document.body.innerHTML = markup; // test fixture only; the extension never uses innerHTML
  return document.body.firstElementChild as HTMLElement;
}

// Markup as each editor renders it in Chromium (copied from the real editors' DOM in the e2e fixtures).
const FAMILIES: [string, string, string, string][] = [
  [
    'ckeditor4',
    '<div class="cke_editable cke_editable_themed" contenteditable="true"><p>Ther ex\u200b\u200b\u200b 15 min<br></p><span data-cke-magicline-hidden="1" data-cke-temp="1" contenteditable="false">↵</span><div data-cke-hidden-sel="1">x</div><p>LAQ</p></div>',
    'p',
    'Ther ex 15 min\nLAQ',
  ],
  [
    'lexical',
    '<div contenteditable="true" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Ther ex 15 min</span></p><p><br></p><p><span data-lexical-text="true">LAQ</span><span data-lexical-decorator="true" contenteditable="false">@mention</span></p></div>',
    'span',
    'Ther ex 15 min\n\nLAQ',
  ],
  [
    'slate',
    '<div contenteditable="true" data-slate-editor="true" data-slate-node="value"><p data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Ther ex 15 min</span></span></span></p><p data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\ufeff<br></span></span></span></p><p data-slate-node="element"><span data-slate-placeholder="true" contenteditable="false">Type the note…</span><span data-slate-string="true">LAQ</span></p></div>',
    'span[data-slate-string]',
    'Ther ex 15 min\n\nLAQ',
  ],
  [
    'ckeditor5',
    '<div class="ck-editor__editable" contenteditable="true"><p>Ther ex 15 min<br data-cke-filler="true"></p><p>LAQ</p></div>',
    'p',
    'Ther ex 15 min\nLAQ',
  ],
  [
    'tinymce',
    '<div class="mce-content-body" contenteditable="true"><p>Ther ex 15 min<span data-mce-bogus="all">x</span></p><p>LAQ</p></div>',
    'p',
    'Ther ex 15 min\nLAQ',
  ],
  [
    'contenteditable',
    '<div contenteditable="true">Ther ex 15 min<div>LAQ</div></div>',
    'div div',
    'Ther ex 15 min\nLAQ',
  ],
];

describe('adapters: the root an element belongs to, and its text without editor chrome', () => {
  test.each(FAMILIES)('%s', (name, markup, inner, text) => {
    const root = mount(markup);
    const child = root.querySelector(inner) as Element;
    expect(editableRoot(child)?.adapter.name).toBe(name);
    expect(editingRoot(child)).toBe(root);
    expect(adapterFor(root).name).toBe(name);
    expect(readFieldText(root)).toBe(text);
  });

  test('a read-only editor view is not an editing root (e.g. CKEditor 4 in read-only mode)', () => {
    const root = mount('<div class="cke_editable" contenteditable="false"><p>Ther ex</p></div>');
    expect(editingRoot(root.querySelector('p') as Element)).toBeNull();
  });
});

describe('zero-width caret placeholders are dropped and offsets still land on the right character', () => {
  test('CKEditor 4 filling characters inside a text node', () => {
    const root = mount('<div class="cke_editable" contenteditable="true"><p>Ther\u200b\u200b ex 15 min</p></div>');
    const { text, chunks } = linearize(root, adapterFor(root).ignore);
    expect(text).toBe('Ther ex 15 min');
    const start = text.indexOf('ex');
    expect(rangeInField(root, start, start + 9)?.toString()).toBe('ex 15 min');
    const p = domPoint(chunks, start, 'start');
    expect(p?.offset).toBe(7); // "Ther", two filling characters, a space: "ex" is the 8th character of the node
    expect(p && textOffset(chunks, p.node, p.offset)).toBe(start);
  });
});

describe('designMode documents (Telerik/Kendo-style iframes)', () => {
  test('the body is the note, not <html> with the title in <head>', () => {
    const doc = document.implementation.createHTMLDocument('Editor title');
    doc.body.innerHTML = '<p>Ther ex 15 min</p>';
    doc.designMode = 'on';
    const p = doc.body.querySelector('p') as Element;
    expect(editableRoot(p)).toEqual({ adapter: expect.objectContaining({ name: 'design-mode' }), root: doc.body });
    expect(readFieldText(doc.body)).toBe('Ther ex 15 min');
    // no form around it: the note is the body as it is (a body matches no field selector)
    expect(composeRegion(noteRegion(doc.body)).text).toBe('Ther ex 15 min');
  });
});

describe('the read/range hooks: form controls read their value and draw no Range', () => {
  test('textarea', () => {
    const ta = mount('<textarea>default text</textarea>') as HTMLTextAreaElement;
    ta.value = 'Ther ex 15 min\nLAQ';
    expect(adapterFor(ta).name).toBe('text-control');
    expect(editingRoot(ta)).toBe(ta);
    expect(readFieldText(ta)).toBe('Ther ex 15 min\nLAQ');
    expect(rangeInField(ta, 0, 7)).toBeNull();
  });
  test('a contenteditable without a range hook gets the generic Range', () => {
    const root = mount('<div contenteditable="true"><p>Warm up</p><p>Ther ex 15 min</p></div>');
    expect(rangeInField(root, 8, 15)?.toString()).toBe('Ther ex');
  });
});
