// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { type SkipReason, skipReasons } from '../../lib/editors/eligibility';

function make(tag: string, attrs: Record<string, string> = {}): Element {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

test.each<[string, string, Record<string, string>, SkipReason[]]>([
  ['textarea', 'textarea', {}, []],
  ['text input', 'input', { type: 'text' }, []],
  ['input without type', 'input', {}, []],
  ['search input', 'input', { type: 'search' }, []],
  ['read-only textarea', 'textarea', { readonly: '' }, ['read-only']],
  ['disabled textarea', 'textarea', { disabled: '' }, ['disabled']],
  ['read-only and disabled', 'textarea', { readonly: '', disabled: '' }, ['read-only', 'disabled']],
  ['password input', 'input', { type: 'password' }, ['not-text-input']],
  ['date input', 'input', { type: 'date' }, ['not-text-input']],
  ['contenteditable', 'div', { contenteditable: 'true' }, []],
  ['aria-readonly contenteditable', 'div', { contenteditable: 'true', 'aria-readonly': 'true' }, ['read-only']],
  ['aria-disabled contenteditable', 'div', { contenteditable: 'true', 'aria-disabled': 'true' }, ['disabled']],
  ['plain div', 'div', {}, ['not-editable']],
  ['hidden textarea', 'textarea', { hidden: '' }, ['hidden']],
])('%s → %j', (_name, tag, attrs, expected) => {
  expect(skipReasons(make(tag, attrs))).toEqual(expected);
});

test('fields inside <theracode-sidebar> (its shadow root or light DOM) are the extension’s own UI, not notes', () => {
  const host = document.createElement('theracode-sidebar');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const wrapper = document.createElement('div');
  const billed = document.createElement('textarea');
  wrapper.append(billed);
  shadow.append(wrapper);
  expect(skipReasons(billed)).toEqual(['extension-ui']);
  const light = document.createElement('input');
  host.append(light);
  expect(skipReasons(light)).toEqual(['extension-ui']);
  // a page's own shadow-DOM editor stays eligible
  const other = document.createElement('ehr-editor');
  document.body.append(other);
  const field = document.createElement('textarea');
  other.attachShadow({ mode: 'open' }).append(field);
  expect(skipReasons(field)).toEqual([]);
});
