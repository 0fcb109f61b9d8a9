/** What differs between rich-editor families: where the editable root is and which nodes are editor chrome. */
export interface EditorAdapter {
  /** Family name, for skip reasons and tests. */
  name: string;
  /** The editable root for an element inside this editor, or null when the element is not this family's. */
  root: (el: HTMLElement) => HTMLElement | null;
  /** Nodes the editor adds that the user does not see as text (fillers, bogus nodes, widget UI). */
  ignore?: (el: Element) => boolean;
}
