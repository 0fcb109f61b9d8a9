// @vitest-environment happy-dom
/** Review mode in a frame: a selection or the page's main block goes out as an analyzeNote under a review field id. */
import { afterEach, expect, test, vi } from 'vitest';
import { createReviewHandlers } from '../../lib/review/content';
import { reviewLabel } from '../../lib/review/source';

const NOTE = 'Ther ex 15 min: LAQ 3x10 w/ 3# for quad strength, VC for form. Pt tolerated well.';

function setup(html: string, maxChars = 10_000) {
  document.body.innerHTML = html; // test fixture only
  const analyze = vi.fn((_fieldId: string, _text: string) => undefined);
  return { analyze, h: createReviewHandlers({ doc: document, maxChars, analyze }) };
}

function select(el: Element): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

test('reviewSelection sends the selected text as review:selection', () => {
  const { analyze, h } = setup(`<nav>Menu</nav><p id="n">${NOTE}</p>`);
  select(document.getElementById('n') as Element);
  expect(h.reviewSelection({ type: 'reviewSelection', everyFrame: false })).toEqual({
    ok: true,
    data: { chars: NOTE.length },
  });
  expect(analyze).toHaveBeenCalledExactlyOnceWith('review:selection', NOTE);
});

test('no selection: nothing is sent, the reply says 0 characters', () => {
  const { analyze, h } = setup(`<p>${NOTE}</p>`);
  expect(h.reviewSelection({ type: 'reviewSelection', everyFrame: true })).toEqual({ ok: true, data: { chars: 0 } });
  expect(analyze).not.toHaveBeenCalled();
});

test('asked with every frame, a frame whose focus is in a child frame leaves the answer to it', () => {
  const { analyze, h } = setup(`<p id="n">${NOTE}</p>`);
  select(document.getElementById('n') as Element);
  // happy-dom does not load or focus iframes: pretend focus sits on an <iframe> element
  const iframe = document.createElement('iframe');
  Object.defineProperty(document, 'activeElement', { value: iframe, configurable: true });
  try {
    h.reviewSelection({ type: 'reviewSelection', everyFrame: true });
    expect(analyze).not.toHaveBeenCalled();
    h.reviewSelection({ type: 'reviewSelection', everyFrame: false }); // the menu named this frame
    expect(analyze).toHaveBeenCalledExactlyOnceWith('review:selection', NOTE);
  } finally {
    Reflect.deleteProperty(document, 'activeElement');
  }
});

test('reviewPage picks the largest block across the page and its same-origin frames', () => {
  const inner = document.implementation.createHTMLDocument();
  inner.body.innerHTML = `<main><div id="note"><p>${NOTE}</p><p>NMR 10 min: tandem stance on foam for balance.</p></div></main>`;
  const outer = document.implementation.createHTMLDocument();
  outer.body.innerHTML = '<section>Coding worklist: three charts are waiting for review today.</section>';
  // happy-dom does not load iframes: hand the outer document a frame whose document is `inner`,
  // and one cross-origin frame (contentDocument null)
  Object.defineProperty(outer, 'querySelectorAll', {
    value: () => [{ contentDocument: inner }, { contentDocument: null }],
  });
  const analyze = vi.fn();
  createReviewHandlers({ doc: outer, maxChars: 10_000, analyze }).reviewPage({ type: 'reviewPage' });
  expect(analyze.mock.calls[0]?.[0]).toBe('review:page');
  expect(analyze.mock.calls[0]?.[1]).toContain('tandem stance');
  expect(analyze.mock.calls[0]?.[1]).not.toContain('worklist');
});

test('a selection inside TheraCode’s own sidebar is never reviewed', () => {
  const { analyze, h } = setup(`<theracode-sidebar><p id="s">${NOTE}</p></theracode-sidebar>`);
  select(document.getElementById('s') as Element);
  h.reviewSelection({ type: 'reviewSelection', everyFrame: false });
  expect(analyze).not.toHaveBeenCalled();
});

test('long selections are cut at the message cap', () => {
  const { analyze, h } = setup(`<p id="n">${NOTE}</p>`, 20);
  select(document.getElementById('n') as Element);
  expect(h.reviewSelection({ type: 'reviewSelection', everyFrame: false })).toEqual({ ok: true, data: { chars: 20 } });
  expect(analyze.mock.calls[0]?.[1]).toBe(NOTE.slice(0, 20));
});

test('reviewPage sends the largest text block as review:page, not the navigation', () => {
  const { analyze, h } = setup(
    `<nav>Charts · Billing queue · Reports · Coding worklist · Help · Logout · Settings</nav>
     <main><div id="note"><p>${NOTE}</p><p>TA 12 min: sit to stand x10 to simulate toilet transfers.</p></div></main>`,
  );
  h.reviewPage({ type: 'reviewPage' });
  const [fieldId, text] = analyze.mock.calls[0] ?? [];
  expect(fieldId).toBe('review:page');
  expect(text).toContain('LAQ 3x10');
  expect(text).toContain('sit to stand');
  expect(text).not.toContain('Billing queue');
});

test('reviewPage on a page without substantial text sends nothing', () => {
  const { analyze, h } = setup('<button>OK</button><p>Hi</p>');
  expect(h.reviewPage({ type: 'reviewPage' })).toEqual({ ok: true, data: { chars: 0 } });
  expect(analyze).not.toHaveBeenCalled();
});

test.each([
  ['review:selection', 1234, 'Reviewing: selection (1,234 characters)'],
  ['review:page', 1, 'Reviewing: page text (1 character)'],
  ['f3', 50, null],
  [null, 0, null],
])('reviewLabel(%s, %d) → %s', (fieldId, chars, label) => {
  expect(reviewLabel(fieldId, chars)).toBe(label);
});
