// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readBlocks, readFieldText } from '../../lib/editors/read-text';

function html(markup: string, attrs = 'contenteditable="true"'): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = `<div ${attrs}>${markup}</div>`; // test fixture only; the extension never uses innerHTML
  document.body.replaceChildren(host);
  return host.firstElementChild as HTMLElement;
}

describe('readBlocks: text as the user sees it', () => {
  test.each([
    ['plain text', 'Ther ex 15 min', 'Ther ex 15 min'],
    ['<br> is one line break', 'a<br>b', 'a\nb'],
    ['paragraphs are lines', '<p>a</p><p>b</p>', 'a\nb'],
    ['an empty paragraph is an empty line', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['a trailing <br> in a block draws no line', '<p>a<br></p><p>b</p>', 'a\nb'],
    ['two <br>s at the end of a block: one empty line', '<p>a<br><br></p><p>b</p>', 'a\n\nb'],
    ['divs like Chrome contenteditable makes', 'a<div>b</div><div>c</div>', 'a\nb\nc'],
    ['inline formatting stays on the line', '<p>TA <b>12</b> <i>min</i></p>', 'TA 12 min'],
    ['lists', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['nbsp reads as a space', 'a\u00a0\u00a0b', 'a  b'],
    ['scripts and styles are not text', 'a<style>p{}</style><script>x</script>b', 'ab'],
  ])('%s', (_name, markup, expected) => {
    expect(readBlocks(html(markup))).toBe(expected);
  });
});

describe('readFieldText: adapters drop editor chrome', () => {
  test('CKEditor 5 filler <br>', () => {
    const el = html(
      '<p>a<br data-cke-filler="true"></p><p>b</p>',
      'class="ck-editor__editable" contenteditable="true"',
    );
    expect(readFieldText(el)).toBe('a\nb');
  });
  test('TinyMCE bogus nodes', () => {
    const el = html(
      '<p>a<span data-mce-bogus="all">caret</span></p>',
      'class="mce-content-body" contenteditable="true"',
    );
    expect(readFieldText(el)).toBe('a');
  });
  test('Quill UI markers', () => {
    const el = html('<ol><li><span class="ql-ui"></span>one</li></ol>', 'class="ql-editor" contenteditable="true"');
    expect(readFieldText(el)).toBe('one');
  });
  test('textarea value as is', () => {
    const ta = document.createElement('textarea');
    ta.value = 'line 1\nline 2';
    expect(readFieldText(ta)).toBe('line 1\nline 2');
  });
});
