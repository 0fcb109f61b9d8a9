/**
 * The top frame's side of the protocol: mount the sidebar's frame when the background says a note
 * is in use, size it whenever the site's layout changes, and turn the toggle command into a layout
 * change the background stores. It never sees an analysis or note text. No `browser` here.
 */
import type { LayoutPatch, LayoutState } from '../contracts/layout';
import type { ContentMessage } from '../contracts/messages';
import type { HandlerMap } from '../messaging/receive';
import type { SidePrefs } from './frame-host';

/** The slice of the frame host (plus the re-mount guard) the controller drives. */
export interface SidebarUiHandle {
  readonly mounted: unknown;
  mount: () => void;
  apply: (layout: LayoutState, prefs: SidePrefs) => void;
  /** Put back a sidebar the page deleted, within the remount budget; true when it is in the page. */
  restore?: () => boolean;
}

/** What the controller asks of the background (handed in). */
export interface LayoutTransport {
  /** This site's layout (null when the background cannot answer). */
  load: () => Promise<LayoutState | null>;
  /** Ask the background to change and store the layout; it answers with layoutChanged. */
  update: (patch: LayoutPatch) => void;
}

type SidebarMessages = Extract<ContentMessage, { type: 'showSidebar' | 'layoutChanged' | 'toggleSidebar' }>;

/** Handlers for the messages the top frame's overlay acts on; `prefs` gives the side settings in force. */
export function createSidebarHandlers(
  ui: SidebarUiHandle,
  transport: LayoutTransport,
  prefs: () => SidePrefs,
): HandlerMap<SidebarMessages> & { reapply: () => void; layout: () => LayoutState | null } {
  let layout: LayoutState | null = null;
  let mounting: Promise<void> | null = null;
  const ensureMounted = async () => {
    if (ui.mounted) {
      ui.restore?.(); // the page may have deleted it since (the guard's observer may have spent its budget)
      return;
    }
    mounting ??= transport.load().then((loaded) => {
      layout = layout ?? loaded;
      if (!layout) return; // no answer: stay unmounted rather than guess
      ui.apply(layout, prefs());
      if (!ui.mounted) ui.mount();
    });
    await mounting;
    mounting = ui.mounted ? mounting : null;
  };
  return {
    showSidebar: async (msg) => {
      await ensureMounted();
      // a review is an explicit request to see the result
      if (msg.open && layout?.collapsed) transport.update({ collapsed: false });
      return { ok: true };
    },
    layoutChanged: (msg) => {
      layout = msg.layout;
      if (ui.mounted) ui.apply(layout, prefs());
      return { ok: true };
    },
    toggleSidebar: async () => {
      if (!ui.mounted) {
        await ensureMounted();
        transport.update({ collapsed: false });
      } else if (layout) transport.update({ collapsed: !layout.collapsed });
      return { ok: true };
    },
    /** The layout the frame is sized by (null until the background answered). */
    layout: () => layout,
    /** Settings changed (side, side lock): dock the frame again. */
    reapply: () => {
      if (layout && ui.mounted) ui.apply(layout, prefs());
    },
  };
}
