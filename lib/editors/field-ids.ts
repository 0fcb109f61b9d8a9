/** Stable per-page ids for fields, without touching the page's DOM (no data attributes written). */

const ids = new WeakMap<Element, string>();
let next = 0;

/** The id of `el`, assigned on first sight. */
export function fieldId(el: Element): string {
  let id = ids.get(el);
  if (!id) {
    next += 1;
    id = `f${next}`;
    ids.set(el, id);
  }
  return id;
}
