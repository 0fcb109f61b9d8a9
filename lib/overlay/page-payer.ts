/**
 * Read the payer the EHR page shows: the text of the one element a policy selector names, and
 * nothing else of the page. A selector the page does not match (or an invalid one) reads as null.
 */
/** The text of the first element matching `selector`, folded and cut to 200 characters; null when there is none. */
export function readPayerText(doc: Document, selector: string): string | null {
  let el: Element | null = null;
  try {
    el = doc.querySelector(selector);
  } catch {
    return null; // not a valid selector: the admin guide's test page shows this
  }
  // text nodes joined by spaces: "<b>Payer</b>Medicare" reads "Payer Medicare", not "PayerMedicare"
  const parts: string[] = [];
  if (el) {
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && parts.length < 50; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  }
  // folded and cut here too (the background folds again): a payer name, not a page
  const text = parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  return text === '' ? null : text;
}
