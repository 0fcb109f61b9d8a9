// @vitest-environment happy-dom
/** Review mode: the chart's note is the largest text block; page chrome is ignored. */
import { describe, expect, it } from 'vitest';
import { largestTextBlock, selectedText, textBlocks } from '../../lib/review/page-text';

function page(html: string): Document {
  document.body.innerHTML = html; // test fixture only
  return document;
}

const NOTE = 'Ther ex 15 min: LAQ 3x10 w/ 3# for quad strength, VC for form. Pt tolerated well.';

describe('largestTextBlock', () => {
  it('picks the note, not the navigation or the banner', () => {
    const doc = page(`
      <nav>Schedule Patients Documentation Billing Reports Settings Help Logout and more links</nav>
      <header>Patient: DEMO, Jordan · DOB 1961-04-12 · MRN 000-DEMO-42 · Payer Medicare Part B</header>
      <main><div class="note"><p>${NOTE}</p><p>TA 12 min: sit to stand x10 to simulate toilet transfers.</p></div></main>`);
    const block = largestTextBlock(doc);
    expect(block?.text).toContain('LAQ 3x10');
    expect(block?.text).toContain('sit to stand');
    expect(block?.text).not.toContain('Schedule');
  });

  it('keeps paragraphs on separate lines', () => {
    const doc = page(`<article><p>${NOTE}</p><p>NMR 10 min: tandem stance on foam for balance.</p></article>`);
    expect(largestTextBlock(doc)?.text.split('\n')).toHaveLength(2);
  });

  it('returns null on a page with no substantial text', () => {
    expect(largestTextBlock(page('<div>Hi</div><button>OK</button>'))).toBeNull();
  });

  it('lists several blocks so a coder can pick', () => {
    const doc = page(`<section><p>${NOTE}</p></section><section><p>${NOTE.replace('15', '20')}</p></section>`);
    expect(textBlocks(doc)).toHaveLength(2);
  });
});

describe('selectedText', () => {
  it('is empty without a selection', () => {
    page(`<p>${NOTE}</p>`);
    document.getSelection()?.removeAllRanges();
    expect(selectedText(document)).toBe('');
  });

  it('reads the selected text', () => {
    const doc = page(`<p id="n">${NOTE}</p>`);
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('n') as HTMLElement);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
    expect(selectedText(doc)).toContain('quad strength');
  });
});
