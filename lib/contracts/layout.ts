/**
 * How the sidebar sits on a site (collapsed, width, docking side): one zod schema, parsed where it
 * is stored (background) and where it arrives (the top frame's overlay, the sidebar page).
 */
import { z } from 'zod/mini';

/** Narrowest usable panel (px). */
export const MIN_WIDTH = 240;
/** Widest panel (px): the EHR must stay usable beside it. */
export const MAX_WIDTH = 640;

export const DockSideSchema = z.enum(['left', 'right']);
/** Which edge of the window the panel docks to. */
export type DockSide = z.infer<typeof DockSideSchema>;

export const LayoutSchema = z.object({
  collapsed: z.boolean(),
  /** Panel width in CSS pixels. */
  width: z.number().check(z.int(), z.gte(MIN_WIDTH), z.lte(MAX_WIDTH)),
  /** This site's docking side; null follows the global `sidebarSide` setting. */
  side: z.nullable(DockSideSchema),
});
/** How the sidebar sits on this site. */
export type LayoutState = z.infer<typeof LayoutSchema>;

/** A change to the layout (the sidebar's Hide, Move and resize controls; the toggle command). */
export const LayoutPatchSchema = z.partial(z.strictObject(LayoutSchema.shape));
export type LayoutPatch = z.infer<typeof LayoutPatchSchema>;

/** Open and narrow until the user says otherwise; docked where the settings say. */
export const DEFAULT_LAYOUT: LayoutState = { collapsed: false, width: 340, side: null };
