/**
 * Resizing the panel with the mouse: the grip over its inner edge follows the pointer (captured, so
 * the drag survives leaving the strip), resizes the frame at once and asks the background to store
 * the width. Only trusted pointer events count: a page cannot script a resize.
 */
import type { LayoutState } from '../contracts/layout';
import { clampWidth, type DockSide, effectiveSide } from '../settings/layout';
import type { SidePrefs } from './frame-host';

/** What the drag reads and changes. */
export interface DragDeps {
  layout: () => LayoutState | null;
  prefs: () => SidePrefs;
  /** Show a width now (local only). */
  preview: (layout: LayoutState) => void;
  /** Store the final width (through the background). */
  commit: (width: number) => void;
}

/** Make `grip` resize the panel; returns the remover. */
export function dragToResize(grip: HTMLElement, deps: DragDeps): () => void {
  const onDown = (e: PointerEvent) => {
    const start = deps.layout();
    if (!e.isTrusted || e.button !== 0 || !start) return;
    e.preventDefault();
    const side: DockSide = effectiveSide(start, deps.prefs().side, deps.prefs().sideLocked);
    const sign = side === 'right' ? -1 : 1;
    const x0 = e.clientX;
    let width = start.width;
    grip.setPointerCapture?.(e.pointerId);
    const move = (ev: PointerEvent) => {
      if (!ev.isTrusted) return;
      width = clampWidth(start.width + sign * (ev.clientX - x0));
      deps.preview({ ...start, width });
    };
    const up = (ev: PointerEvent) => {
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', up);
      grip.removeEventListener('pointercancel', up);
      if (ev.isTrusted && width !== start.width) deps.commit(width);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up);
    grip.addEventListener('pointercancel', up);
  };
  grip.addEventListener('pointerdown', onDown);
  return () => grip.removeEventListener('pointerdown', onDown);
}
