/**
 * The sidebar's layout (collapsed, width, docking side), remembered per site in extension storage.
 * UI state only: never note text. Storage is handed in so this stays testable and free of `browser`.
 */
import { createStore } from './store';

/** Which edge of the window the panel docks to. */
export type DockSide = 'left' | 'right';

/** How the sidebar sits on this site. */
export interface LayoutState {
  collapsed: boolean;
  /** Panel width in CSS pixels. */
  width: number;
  /** This site's docking side; null follows the global `sidebarSide` setting. */
  side: DockSide | null;
}

/** Narrowest usable panel (px). */
export const MIN_WIDTH = 240;
/** Widest panel (px): the EHR must stay usable beside it. */
export const MAX_WIDTH = 640;
/** Open and narrow until the user says otherwise; docked where the settings say. */
export const DEFAULT_LAYOUT: LayoutState = { collapsed: false, width: 340, side: null };

/** The slice of storage.local this needs. */
export interface KeyValueStorage {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
}

/** The storage key for a site (hostname only: no paths, no patient ids from URLs). */
export function layoutKey(hostname: string): string {
  return `sidebarLayout:${hostname || 'local'}`;
}

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

/** A layout store that writes itself back to storage on every change. */
export function createLayoutStore(storage: KeyValueStorage | null, hostname: string) {
  const store = createStore<LayoutState>(DEFAULT_LAYOUT);
  const key = layoutKey(hostname);
  // A drag updates the width on every pointer move: keep one write in flight and write the latest
  // state after it, so storage is not flooded and the last width is never lost.
  let writing = false;
  let dirty = false;
  const write = async () => {
    if (!storage) return;
    if (writing) {
      dirty = true;
      return;
    }
    writing = true;
    try {
      do {
        dirty = false;
        await storage.set(key, store.get()).catch(() => undefined);
      } while (dirty);
    } finally {
      writing = false;
    }
  };
  return {
    ...store,
    /** Load the site's layout; `collapsedByDefault` applies when the site has none stored. */
    async load(collapsedByDefault: boolean): Promise<void> {
      const stored = storage ? parseLayout(await storage.get(key).catch(() => null)) : null;
      store.set({ ...DEFAULT_LAYOUT, collapsed: collapsedByDefault, ...stored });
    },
    /** Change this site's layout (e.g. `{ width }`, `{ collapsed }`, `{ side: 'left' }`) and remember it. */
    update(patch: Partial<LayoutState>): void {
      store.set(patch);
      void write();
    },
  };
}

/** The layout store the sidebar and controller share. */
export type LayoutStore = ReturnType<typeof createLayoutStore>;
