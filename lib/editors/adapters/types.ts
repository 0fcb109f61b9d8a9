/**
 * What differs between editor families: where the editable root is, which nodes are editor chrome,
 * and — only for a family that needs it — its own reading and offset→DOM mapping. Everything else
 * (discovery, watching, whole-form reading, highlighting) asks the adapter, so a new family is one file.
 */
export interface EditorAdapter {
  /** Family name, for skip reasons and tests. */
  name: string;
  /** The editing root for an element inside this editor, or null when the element is not this family's. */
  root: (el: Element) => Element | null;
  /** Nodes the editor adds that the user does not see as text (fillers, bogus nodes, widget UI). */
  ignore?: (el: Element) => boolean;
  /** The root's text as the user sees it, when the generic DOM walk cannot read it (a form control's value). */
  read?: (root: Element) => string;
  /** A DOM Range over text offsets [start, end) of what `read` returned; null when none can be drawn. */
  range?: (root: Element, start: number, end: number) => Range | null;
}

/** The editable root `selector` names around `el`, when it is editable (a read-only view is not a note). */
export function closestEditable(el: Element, selector: string): HTMLElement | null {
  const root = el.closest<HTMLElement>(selector);
  return root?.isContentEditable ? root : null;
}
