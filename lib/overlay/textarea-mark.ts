/**
 * Where a stretch of a textarea's text is on screen, measured with a mirror element that lives in
 * the sidebar's own shadow root (the textarea itself is never touched), so the sidebar can draw a
 * box over it. Soft wraps are measured, not guessed.
 */

/** A viewport rectangle (CSS px). */
export interface MarkRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

const COPIED = [
  'boxSizing',
  'width',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'tabSize',
  'textIndent',
  'wordSpacing',
] as const;

/** The viewport box of [start, end) of `ta`, clipped to the textarea; null when out of view. */
export function measureTextareaSegment(
  ta: HTMLTextAreaElement,
  start: number,
  end: number,
  mirrorParent: ShadowRoot | HTMLElement,
): MarkRect | null {
  const style = getComputedStyle(ta);
  const mirror = document.createElement('div');
  for (const p of COPIED) mirror.style[p] = style[p];
  Object.assign(mirror.style, {
    position: 'fixed',
    top: '0',
    left: '-10000px',
    visibility: 'hidden',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    overflow: 'hidden',
  });
  const mark = document.createElement('span');
  mark.textContent = ta.value.slice(start, Math.max(start + 1, end));
  mirror.append(document.createTextNode(ta.value.slice(0, start)), mark);
  mirrorParent.append(mirror);
  const box = ta.getBoundingClientRect();
  const top = box.top + mark.offsetTop - ta.scrollTop;
  const height = mark.offsetHeight;
  mirror.remove();
  const clippedTop = Math.max(top, box.top);
  const clippedBottom = Math.min(top + height, box.bottom);
  if (clippedBottom <= clippedTop) return null;
  return { top: clippedTop, left: box.left, width: box.width, height: clippedBottom - clippedTop };
}
