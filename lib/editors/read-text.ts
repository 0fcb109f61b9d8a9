/** Read a field's text as the user sees it: block elements and <br> become line breaks. */
import { adapterFor } from './adapters';
import { linearize } from './linearize';

/** Text of an editing root through its family's adapter (a control's value, or the visible text without editor chrome). */
export function readFieldText(el: Element): string {
  const adapter = adapterFor(el);
  return adapter.read ? adapter.read(el) : linearize(el, adapter.ignore).text;
}

/** Leaf walk without an adapter: text nodes as-is, <br> as "\n", a newline between block elements. */
export function readBlocks(root: Node): string {
  return linearize(root).text;
}
