/** The words a form shows beside a field (label, legend, row header): they become the note's headings. */

/** Longest heading kept: labels that are paragraphs of instructions are cut, not dropped. */
const MAX_HEADING = 120;

/** Visible text of `el` without the text of form controls inside it (a wrapping <label>'s textarea). */
function ownText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1 && !/^(TEXTAREA|INPUT|SELECT|SCRIPT|STYLE|TEMPLATE)$/.test((c as Element).tagName))
        walk(c);
    }
  };
  walk(el);
  return out;
}

/** One line of heading text: whitespace collapsed, required-field stars and a trailing colon dropped. */
export function cleanHeading(raw: string): string {
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .replace(/^[\s*]+/, '');
  return s.length > MAX_HEADING ? `${s.slice(0, MAX_HEADING - 1)}…` : s;
}

/** Text of the elements an aria-labelledby list names. */
function labelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids.map((id) => (root.getElementById?.(id) ? ownText(root.getElementById(id) as Element) : '')).join(' ');
}

/** The field's label as the user reads it: <label>, aria-labelledby, aria-label, title (never the placeholder). */
export function fieldLabel(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  const fromLabel = labels?.length ? ownText(labels[0] as Element) : '';
  const id = el.id;
  const forLabel =
    !fromLabel && id && !(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
      ? [...el.ownerDocument.querySelectorAll('label[for]')].find((l) => l.getAttribute('for') === id)
      : undefined;
  return cleanHeading(
    fromLabel ||
      (forLabel ? ownText(forLabel) : '') ||
      labelledBy(el) ||
      el.getAttribute('aria-label') ||
      el.getAttribute('title') ||
      '',
  );
}

/** The legend of the innermost fieldset around `el` inside `region` (null when there is none). */
export function groupOf(el: Element, region: Element): { group: Element; legend: string } | null {
  const fieldset = el.parentElement?.closest('fieldset');
  if (!fieldset || !region.contains(fieldset)) return null;
  const legend = fieldset.querySelector(':scope > legend');
  return { group: fieldset, legend: legend ? cleanHeading(ownText(legend)) : '' };
}

/** In a layout table (label cell, field cell), the text of the row's first cell when it holds no field. */
export function rowHeader(el: Element): string {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  const first = row?.firstElementChild;
  if (!first || first === cell || first.querySelector('textarea, input, select, [contenteditable]')) return '';
  return cleanHeading(ownText(first));
}
