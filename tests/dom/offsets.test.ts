// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { linearize } from '../../lib/editors/linearize';
import { domPoint, rangeForOffsets, textOffset } from '../../lib/editors/offsets';

function root(markup: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = markup; // test fixture only
  document.body.replaceChildren(el);
  return el;
}

describe('offsets ↔ DOM', () => {
  test('a <br> counts as one character', () => {
    const el = root('ab<br>cd');
    const { text, chunks } = linearize(el);
    expect(text).toBe('ab\ncd');
    const p = domPoint(chunks, 3, 'start');
    expect(p?.node.textContent).toBe('cd');
    expect(p?.offset).toBe(0);
  });

  test('a range over offsets reads back the same text, across blocks', () => {
    const el = root('<p>Warm up 5 min.</p><p>Ther ex <b>15 min</b>: LAQ</p>');
    const { text } = linearize(el);
    const start = text.indexOf('Ther');
    const end = text.length;
    const range = rangeForOffsets(el, start, end);
    expect(range?.toString()).toBe('Ther ex 15 min: LAQ');
  });

  test.each([
    ['first char', 0, 1],
    ['inside bold', 9, 13],
    ['whole', 0, 19],
  ])('round trip: %s', (_n, start, end) => {
    const el = root('<p>Ther ex <b>15 min</b>: LAQ</p>');
    const { text, chunks } = linearize(el);
    const range = rangeForOffsets(el, start, end);
    expect(range?.toString()).toBe(text.slice(start, end));
    const a = domPoint(chunks, start, 'start');
    expect(a && textOffset(chunks, a.node, a.offset)).toBe(start);
  });

  test('offsets past the end snap to the end', () => {
    const el = root('abc');
    expect(rangeForOffsets(el, 1, 99)?.toString()).toBe('bc');
  });
});
