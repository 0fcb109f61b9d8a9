/**
 * The window splitter (arrow keys, Home, End) for the panel's width. A mouse drag is handled by the
 * overlay's grip over this same edge in the top document (a drag soon leaves this frame).
 */
import { clampWidth, MAX_WIDTH, MIN_WIDTH } from '../../settings/layout';

/** The handle on the panel's inner edge; `side` says which edge the panel is docked to. */
export function ResizeHandle({
  width,
  side,
  onWidth,
}: {
  width: number;
  side: 'left' | 'right';
  onWidth: (w: number) => void;
}) {
  const sign = side === 'right' ? -1 : 1;
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 40 : 10;
    // arrows move the edge: on a right-docked panel, ArrowLeft makes it wider
    if (e.key === 'ArrowLeft') onWidth(clampWidth(width - sign * step));
    else if (e.key === 'ArrowRight') onWidth(clampWidth(width + sign * step));
    // the ARIA window-splitter keys: Home gives the panel its smallest size, End its largest
    else if (e.key === 'Home') onWidth(MIN_WIDTH);
    else if (e.key === 'End') onWidth(MAX_WIDTH);
    else return;
    e.preventDefault();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA pattern for a splitter
    <div
      class="tc-resize"
      data-testid="resize-handle"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label="Resize the TheraCode sidebar"
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuetext={`${width} pixels wide`}
      onKeyDown={onKeyDown}
    />
  );
}
