/**
 * The sidebar's layout (collapsed, width), remembered per site in extension storage. UI state only:
 * never note text. Storage is handed in so this stays testable and free of `browser`.
 */
import { createStore } from './store';

/** How the sidebar sits on this site. */
export interface LayoutState {
  collapsed: boolean;
  /** Panel width in CSS pixels. */
  width: number;
}

/** Narrowest usable panel (px). */
export const MIN_WIDTH = 240;
/** Widest panel (px): the EHR must stay usable beside it. */
export const MAX_WIDTH = 640;
/** Open and narrow until the user says otherwise. */
export const DEFAULT_LAYOUT: LayoutState = { collapsed: false, width: 340 };

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

/** Parse a stored layout defensively (storage is shared with older versions); null when absent. */
export function parseLayout(raw: unknown): Partial<LayoutState> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const out: Partial<LayoutState> = {};
  if (typeof r.collapsed === 'boolean') out.collapsed = r.collapsed;
  if (typeof r.width === 'number' && Number.isFinite(r.width)) out.width = clampWidth(r.width);
  return out;
}

/** A layout store that writes itself back to storage on every change. */
export function createLayoutStore(storage: KeyValueStorage | null, hostname: string) {
  const store = createStore<LayoutState>(DEFAULT_LAYOUT);
  let stored: Partial<LayoutState> | null = null;
  const key = layoutKey(hostname);
  return {
    ...store,
    /** Load the site's layout; `collapsedByDefault` applies when the site has none stored. */
    async load(collapsedByDefault: boolean): Promise<void> {
      stored = storage ? parseLayout(await storage.get(key).catch(() => null)) : null;
      store.set({ ...DEFAULT_LAYOUT, collapsed: collapsedByDefault, ...stored });
    },
    update(patch: Partial<LayoutState>): void {
      store.set(patch);
      void storage?.set(key, store.get()).catch(() => undefined);
    },
  };
}

/** The layout store the sidebar and controller share. */
export type LayoutStore = ReturnType<typeof createLayoutStore>;
