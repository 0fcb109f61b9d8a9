import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../lib/cli/read/html';

describe('htmlToText', () => {
  it.each([
    ['<p>TA 12 min</p><p>Ther ex 8 min</p>', 'TA 12 min\n\nTher ex 8 min'],
    ['line one<br>line two<br/>three', 'line one\nline two\nthree'],
    ['<ul><li>SLS x3</li><li>tandem</li></ul>', 'SLS x3\n\ntandem'],
    ['<b>bold</b> and <i>it</i>', 'bold and it'],
    ['a<script>alert("x")</script>b', 'ab'],
    ['<style>p{color:red}</style><p>x</p>', 'x'],
    ['<!-- hidden -->shown', 'shown'],
    ['3 &times; 10 &amp; 2&#35; &#x2013; ok&nbsp;now', '3 × 10 & 2# – ok now'],
    ['<html><head><title>t</title><meta charset="utf-8"></head><body><div>Note</div></body></html>', 'Note'],
    ['a &bogus; b', 'a &bogus; b'],
    ['<p>unterminated <script>never closed', 'unterminated'],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('decodes numeric references safely', () => {
    expect(decodeEntities('&#0;&#xD800;&#x1F600;')).toBe('\uFFFD\uFFFD😀');
  });
});
