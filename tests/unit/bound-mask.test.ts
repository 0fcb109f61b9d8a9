/** Markup masking (lib/engine/bound.ts): the linear scan masks exactly what the former lazy regex did. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskMarkup } from '../../lib/engine/bound';

/** The former implementation, kept here as the reference (quadratic on unclosed openers). */
function reference(text: string): string {
  const BLOCK_TAG = /^<\/?(p|div|br|li|ul|ol|tr|td|h[1-6]|table|section|article)\b/i;
  const tags = text.match(/<[a-zA-Z/!][^<>]{0,500}>/g);
  if (!tags || tags.length < 2) return text;
  return text
    .replace(/<(script|style)\b[\s\S]{0,20000}?<\/\1\s*>/gi, (s) => ' '.repeat(s.length))
    .replace(/<[a-zA-Z/!][^<>]{0,500}>/g, (s) =>
      BLOCK_TAG.test(s) ? `\n${' '.repeat(s.length - 1)}` : ' '.repeat(s.length),
    )
    .replace(/&(nbsp|amp|lt|gt|quot|#\d{1,5});/g, (s) => ' '.repeat(s.length));
}

const piece = fc.constantFrom(
  '<style>',
  '<STYLE type="x">',
  '</style>',
  '</STYLE >',
  '<script>',
  '</script>',
  '</script  >',
  '<scripts>',
  '<p>',
  '</div>',
  '<br/>',
  'Ther ex 15 min ',
  'LAQ 3x10 ',
  '&nbsp;',
  '<',
  '>',
  '\n',
  'x',
);

describe('maskMarkup', () => {
  it('masks the same spans as the former regex (property, 2,000 random notes)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(maskMarkup(text)).toBe(reference(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('keeps offsets: same length, text outside markup untouched', () => {
    const text = '<p>Ther ex 15 min</p><style>.a{color:red}</style><script>x()</script> LAQ 3x10';
    const masked = maskMarkup(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.slice(3, 16)).toBe('Ther ex 15 min'.slice(0, 13));
    expect(masked).not.toMatch(/color|x\(\)/);
    expect(masked.endsWith(' LAQ 3x10')).toBe(true);
  });

  it('a block longer than 20,000 characters is left as it is, as before', () => {
    const text = `<p>a</p><style>${'x'.repeat(20_001)}</style>`;
    expect(maskMarkup(text)).toBe(reference(text));
  });

  it('100 KB of unclosed `<style` openers with a closer at the end: same result as before', () => {
    const text = `${'<style'.repeat(2_000)} note <p>x</p></style>`;
    expect(maskMarkup(text)).toBe(reference(text));
  });
});
