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

/** Sidebar sections the user can fold (the summary line above them always shows). */
export const SECTION_IDS = ['billed', 'ledger', 'interventions', 'missing', 'flags'] as const;
export const SectionIdSchema = z.enum(SECTION_IDS);
/** One foldable sidebar section. */
export type SectionId = z.infer<typeof SectionIdSchema>;

// one shape for the layout and its patches, so neither schema reads a property of the other; a bare
// property read or method call is kept by the bundler (the PURE marks), which would keep zod in the
// content script, which needs this module's numbers only
const LAYOUT_SHAPE = {
  collapsed: z.boolean(),
  /** Panel width in CSS pixels. */
  width: /* @__PURE__ */ z.number().check(z.int(), z.gte(MIN_WIDTH), z.lte(MAX_WIDTH)),
  /** This site's docking side; null follows the global `sidebarSide` setting. */
  side: z.nullable(DockSideSchema),
  /** Sections the user folded on this site (remembered like width and side). */
  closed: /* @__PURE__ */ z.array(SectionIdSchema).check(z.maxLength(SECTION_IDS.length)),
};

export const LayoutSchema = z.object(LAYOUT_SHAPE);
/** How the sidebar sits on this site. */
export type LayoutState = z.infer<typeof LayoutSchema>;

/** A change to the layout (the sidebar's Hide, Move and resize controls; the toggle command). */
export const LayoutPatchSchema = z.partial(z.strictObject(LAYOUT_SHAPE));
export type LayoutPatch = z.infer<typeof LayoutPatchSchema>;

/** Open and narrow until the user says otherwise; docked where the settings say. */
export const DEFAULT_LAYOUT: LayoutState = { collapsed: false, width: 340, side: null, closed: [] };
