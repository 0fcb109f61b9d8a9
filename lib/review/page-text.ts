/**
 * Review mode for coders (issue #7): find the text to analyse on a read-only chart page, and read
 * a selection with its line breaks. Only reads the DOM; never changes it.
 */
import { readBlocks } from '../editors/read-text';

/** Elements that hold page chrome rather than the chart's note. */
const CHROME = new Set([
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SELECT',
]);
/** Containers whose own text makes a candidate block. */
const BLOCKISH = new Set(['ARTICLE', 'SECTION', 'MAIN', 'DIV', 'PRE', 'TD', 'BLOCKQUOTE', 'FORM', 'FIELDSET', 'BODY']);

export interface TextBlock {
  element: Element;
  text: string;
}

/** Length of the text directly inside `el` (not inside nested block candidates), ignoring chrome. */
function ownTextLength(el: Element): number {
  let n = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) n += (child as Text).data.trim().length;
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (!CHROME.has(tag) && !BLOCKISH.has(tag)) n += ownTextLength(child as Element);
    }
  }
  return n;
}

/** Candidate blocks: containers with substantial text of their own, outside navigation chrome. */
export function textBlocks(doc: Document, minChars = 40): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (el: Element): void => {
    if (CHROME.has(el.tagName)) return;
    if (el.closest('theracode-sidebar')) return;
    if (BLOCKISH.has(el.tagName) && ownTextLength(el) >= minChars) {
      blocks.push({ element: el, text: readBlocks(el).trim() });
      return; // a block's descendants are part of its text
    }
    for (const child of Array.from(el.children)) walk(child);
  };
  if (doc.body) walk(doc.body);
  return blocks;
}

/** The largest text block of the page: on a chart view, that is the note. */
export function largestTextBlock(doc: Document): TextBlock | null {
  let best: TextBlock | null = null;
  for (const block of textBlocks(doc)) if (!best || block.text.length > best.text.length) best = block;
  return best;
}

/** The largest text block of `doc` and of every same-origin frame inside it (cross-origin frames are not readable). */
export function largestTextBlockInFrames(doc: Document): TextBlock | null {
  let best = largestTextBlock(doc);
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument; // null for a cross-origin frame
    } catch {
      inner = null;
    }
    const block = inner ? largestTextBlockInFrames(inner) : null;
    if (block && (!best || block.text.length > best.text.length)) best = block;
  }
  return best;
}

/** True when `node` is part of TheraCode's own sidebar (its text is ours, never a note to review). */
function inOwnUi(node: Node | null): boolean {
  const el = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  return el?.closest('theracode-sidebar') != null;
}

/** The current selection's text with line breaks between blocks (Selection.toString keeps them in Chromium). */
export function selectedText(doc: Document): string {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed) return '';
  if (inOwnUi(selection.anchorNode) || inOwnUi(selection.focusNode)) return '';
  return selection.toString();
}

/** True when keyboard focus is inside a child frame: that frame, not this one, holds the live selection. */
export function focusInChildFrame(doc: Document): boolean {
  const tag = doc.activeElement?.tagName;
  return tag === 'IFRAME' || tag === 'FRAME';
}
