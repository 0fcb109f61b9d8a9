/**
 * The one walk that turns an editable root into the text the user sees, and remembers which DOM
 * node each stretch of text came from, so reading and offset↔DOM mapping can never disagree.
 * A <br> counts as one character; block boundaries add one "\n". Zero-width characters editors
 * use as caret holders (CKEditor 4's filling characters, Slate's U+FEFF) are not text and are dropped.
 */

const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'DD',
  'DT',
  'FIGURE',
  'FIGCAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * A stretch of the linear text: `node` is a Text node or a <br> (one "\n"); synthetic breaks have none.
 * `nodeStart` is where the stretch begins inside a Text node (not 0 after a dropped zero-width character).
 */
export interface Chunk {
  node: Node | null;
  start: number;
  length: number;
  nodeStart?: number;
}

/** Caret placeholders editors put into the text; never typed by the user, so never part of the note. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/;

/** The visible text of a root and where each character came from. */
export interface Linear {
  text: string;
  chunks: Chunk[];
}

/** True when `br` is the last thing in its block after some text: browsers draw no extra line for it. */
function isTrailingBreak(br: Element, lineHasText: boolean): boolean {
  if (!lineHasText) return false;
  for (let n: Node | null = br; n; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCK.has((n as Element).tagName)) return true;
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 && (s as Text).data.length > 0) return false;
      if (s.nodeType === 1 && !SKIP.has((s as Element).tagName)) return false;
    }
  }
  return true;
}

/** Walk `root` as the user sees it; `ignore` drops editor chrome (fillers, bogus nodes). */
export function linearize(root: Node, ignore?: (el: Element) => boolean): Linear {
  const parts: string[] = [];
  const chunks: Chunk[] = [];
  let length = 0;
  let lastChar = '';
  let lineHasText = false;
  const push = (s: string, node: Node | null, nodeStart = 0) => {
    if (s.length === 0) return;
    parts.push(s);
    chunks.push(
      nodeStart ? { node, start: length, length: s.length, nodeStart } : { node, start: length, length: s.length },
    );
    length += s.length;
    lastChar = s[s.length - 1] ?? '';
    lineHasText = lastChar !== '\n';
  };
  // one chunk per run of visible characters, so offsets still find their place in the Text node
  const pushVisible = (data: string, node: Node) => {
    let from = 0;
    for (let i = 0; i <= data.length; i++) {
      if (i < data.length && !ZERO_WIDTH.test(data[i] as string)) continue;
      push(data.slice(from, i), node, from);
      from = i + 1;
    }
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // nbsp is how editors keep double spaces; it reads as a space and keeps its length
        const data = (child as Text).data.replace(/\u00a0/g, ' ');
        if (ZERO_WIDTH.test(data)) pushVisible(data, child);
        else push(data, child);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName;
      if (SKIP.has(tag) || ignore?.(el)) continue;
      if (tag === 'BR') {
        if (!isTrailingBreak(el, lineHasText)) push('\n', el);
        continue;
      }
      const block = BLOCK.has(tag);
      if (block && length > 0 && lastChar !== '\n') push('\n', null);
      walk(el);
      if (block && length > 0 && lastChar !== '\n') push('\n', null);
    }
  };
  walk(root);
  let text = parts.join('');
  // the block walk leaves one synthetic newline after the last block: not part of what the user typed
  const last = chunks[chunks.length - 1];
  if (last && last.node === null && text.endsWith('\n')) {
    chunks.pop();
    text = text.slice(0, -1);
  }
  return { text, chunks };
}
