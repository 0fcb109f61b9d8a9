/** Stable per-page ids for fields, without touching the page's DOM (no data attributes written). */

const ids = new WeakMap<Element, string>();
const byId = new Map<string, WeakRef<Element>>();
let next = 0;

/** The id of `el`, assigned on first sight. */
export function fieldId(el: Element): string {
  let id = ids.get(el);
  if (!id) {
    next += 1;
    id = `f${next}`;
    ids.set(el, id);
    byId.set(id, new WeakRef(el));
  }
  return id;
}

/** Give a re-rendered field the id of the one it replaced, so the sidebar keeps following one note. */
export function aliasField(el: Element, id: string): void {
  ids.set(el, id);
  byId.set(id, new WeakRef(el));
}

/** The live element behind an id (null when it was removed or collected). */
export function fieldById(id: string): Element | null {
  const el = byId.get(id)?.deref() ?? null;
  return el?.isConnected ? el : null;
}
