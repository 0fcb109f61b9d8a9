/**
 * Sidebar layout rules (pure): width bounds, which edge it docks to, reading a stored layout. The
 * background stores the layout per site; the overlay sizes the frame by it; the sidebar page draws it.
 */
import {
  DEFAULT_LAYOUT,
  type DockSide,
  LayoutSchema,
  type LayoutState,
  MAX_WIDTH,
  MIN_WIDTH,
} from '../contracts/layout';

export { DEFAULT_LAYOUT, type DockSide, type LayoutState, MAX_WIDTH, MIN_WIDTH };

/** Keep a width inside the bounds the panel stays usable in. */
export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

/**
 * The side the panel docks to: the site's own choice, else the global setting. A side set by
 * managed policy (`sideLocked`) wins over a per-site choice, as managed keys win everywhere.
 */
export function effectiveSide(layout: Pick<LayoutState, 'side'>, globalSide: DockSide, sideLocked = false): DockSide {
  return sideLocked ? globalSide : (layout.side ?? globalSide);
}

/** The other edge (for a "Move to left/right" control). */
export function otherSide(side: DockSide): DockSide {
  return side === 'right' ? 'left' : 'right';
}

/** Parse a stored layout defensively (storage is shared with older versions); null when absent. */
export function parseLayout(raw: unknown): Partial<LayoutState> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const out: Partial<LayoutState> = {};
  if (typeof r.collapsed === 'boolean') out.collapsed = r.collapsed;
  if (typeof r.width === 'number' && Number.isFinite(r.width)) out.width = clampWidth(r.width);
  if (r.side === 'left' || r.side === 'right' || r.side === null) out.side = r.side;
  return out;
}

/** A site's layout: what is stored over the defaults; `collapsedByDefault` applies when nothing is stored. */
export function siteLayout(stored: unknown, collapsedByDefault: boolean): LayoutState {
  const parsed = LayoutSchema.safeParse({ ...DEFAULT_LAYOUT, collapsed: collapsedByDefault, ...parseLayout(stored) });
  return parsed.success ? parsed.data : { ...DEFAULT_LAYOUT, collapsed: collapsedByDefault };
}

/** The storage key for a site (hostname only: no paths, no patient ids from URLs). */
export function layoutKey(hostname: string): string {
  return `sidebarLayout:${hostname || 'local'}`;
}
