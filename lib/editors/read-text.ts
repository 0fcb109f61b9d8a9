/** Read a field's text as the user sees it: block elements and <br> become line breaks. */
import { adapterFor } from './adapters';
import { linearize } from './linearize';

/** Text of a textarea/input, or the visible text of a contenteditable root (editor chrome left out). */
export function readFieldText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  const adapter = el instanceof HTMLElement ? adapterFor(el) : undefined;
  return linearize(el, adapter?.ignore).text;
}

/** Leaf walk without an adapter: text nodes as-is, <br> as "\n", a newline between block elements. */
export function readBlocks(root: Node): string {
  return linearize(root).text;
}
