/**
 * Show a stretch of the note in the frame that holds it, without changing the page's text or DOM:
 * the CSS Custom Highlight API for rich text (style adopted, not injected), scrolling for textareas.
 */
import { rangeInField } from '../editors/offsets';

const NAME = 'theracode';
const sheets = new WeakMap<Document | ShadowRoot, CSSStyleSheet>();
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Adopt (once per document or shadow root) the rule that paints the highlight. */
function adoptHighlightStyle(root: Document | ShadowRoot): void {
  if (sheets.has(root) || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${NAME}) { background-color: #ffd54f; color: #111; }`);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  sheets.set(root, sheet);
}

/** Scroll a textarea so the line holding `start` is in view (the value and selection stay as they are). */
function scrollTextarea(el: HTMLTextAreaElement | HTMLInputElement, start: number): void {
  el.scrollIntoView({ block: 'nearest' });
  if (!(el instanceof HTMLTextAreaElement)) return;
  const line = el.value.slice(0, start).split('\n').length - 1;
  const style = getComputedStyle(el);
  const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2 || 16;
  el.scrollTop = Math.max(0, line * lineHeight - el.clientHeight / 3);
}

/** Highlight [start, end) of the field; false when it cannot be shown (field gone, offsets stale). */
export function highlightInField(el: Element, start: number, end: number): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    scrollTextarea(el, start);
    return true;
  }
  if (!(el instanceof HTMLElement)) return false;
  const range = rangeInField(el, start, end);
  if (!range) return false;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (!registry || typeof Highlight === 'undefined') return true;
  const root = el.getRootNode();
  adoptHighlightStyle(root instanceof ShadowRoot ? root : document);
  registry.set(NAME, new Highlight(range));
  if (clearTimer !== undefined) clearTimeout(clearTimer);
  clearTimer = setTimeout(() => registry.delete(NAME), 6000);
  return true;
}
