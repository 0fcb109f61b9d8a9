/**
 * The sidebar's footprint in the EHR page: one `<theracode-sidebar>` element with a CLOSED shadow
 * root that holds an iframe of the extension's own sidebar.html (and the box drawn over a textarea
 * segment). The analysis lives in that extension page, which the page can neither read nor script;
 * all this file does is place and size the frame. No `browser` here: the frame's URL is handed in.
 */
import { type DockSide, effectiveSide, type LayoutState } from '../settings/layout';
import type { MarkRect } from './textarea-mark';

/** The custom element name (design.md §3.3). */
export const HOST_TAG = 'theracode-sidebar';
/** The collapsed tab's box (CSS px): the sidebar page draws its "TheraCode" tab inside it. */
export const TAB_BOX = { width: 44, height: 220 } as const;

// `!important` inside the shadow root wins over the page's own `!important` rules on the host
// (the cascade's context step), so page CSS can neither hide nor restyle what is inside.
const SHADOW_CSS = `
:host { all: initial !important; }
iframe { position: fixed; border: 0; margin: 0; padding: 0; z-index: 2147483646; display: block;
  color-scheme: normal; background: transparent; max-width: none; max-height: none; box-shadow: none; }
iframe[data-collapsed="false"] { box-shadow: -0.25em 0 0.75em rgb(0 0 0 / 0.08); }
.grip { position: fixed; top: 0; bottom: 0; width: 8px; z-index: 2147483647; cursor: col-resize;
  touch-action: none; background: transparent; }
.grip[hidden] { display: none; }
.mark { position: fixed; z-index: 2147483645; box-sizing: border-box; pointer-events: none;
  background: rgb(255 213 79 / 0.35); outline: 2px solid #e0a800; border-radius: 0.15em; }
`;

/** Where the panel sits: the global side setting and whether policy locked it. */
export interface SidePrefs {
  side: DockSide;
  sideLocked: boolean;
}

/** The drag grip's inline style: a strip over the panel's inner edge (pointer only; the keyboard splitter is in the page). */
export function gripStyle(layout: LayoutState, side: DockSide): string {
  return `${side}: calc(min(${layout.width}px, 90vw) - 6px);`;
}

/** The iframe's inline style for a layout: docked full height, or the small tab box when collapsed. */
export function frameStyle(layout: LayoutState, side: DockSide): string {
  const edge = side === 'right' ? 'right: 0; left: auto;' : 'left: 0; right: auto;';
  if (layout.collapsed)
    return `${edge} top: 40%; bottom: auto; width: ${TAB_BOX.width}px; height: ${TAB_BOX.height}px;`;
  return `${edge} top: 0; bottom: 0; width: min(${layout.width}px, 90vw); height: 100%;`;
}

/** The mounted (or mountable) sidebar host; satisfies the re-mount guard's `RemountableUi`. */
export interface SidebarFrameHost {
  /** Set once mounted (stays set when the page took the host out: the guard checks isConnected). */
  readonly mounted: true | undefined;
  readonly shadowHost: HTMLElement;
  /** The closed shadow root (for the textarea mirror, which must not touch the page). */
  readonly shadow: ShadowRoot;
  /**
   * The strip over the panel's inner edge that a mouse drags to resize. It lives here, in the top
   * document, because a drag leaves the sidebar's frame at once and the frame then gets no events.
   */
  readonly grip: HTMLElement;
  mount: () => void;
  remove: () => void;
  /** Size and dock the frame for a layout. */
  apply: (layout: LayoutState, prefs: SidePrefs) => void;
  /** Draw (or clear, with null) the box over a textarea segment. */
  mark: (rect: MarkRect | null) => void;
}

/** Create the host element, its closed shadow root and the sidebar frame (not yet in the page). */
export function createFrameHost(doc: Document, frameUrl: string): SidebarFrameHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const frame = doc.createElement('iframe');
  frame.title = 'TheraCode coding assistant';
  // the summary's Copy button writes to the clipboard from inside the frame
  frame.allow = 'clipboard-write';
  frame.dataset.collapsed = 'false';
  const markBox = doc.createElement('div');
  markBox.className = 'mark';
  markBox.hidden = true;
  const grip = doc.createElement('div');
  grip.className = 'grip';
  grip.hidden = true;
  shadow.append(style, markBox, frame, grip);
  let mounted: true | undefined;
  return {
    get mounted() {
      return mounted;
    },
    shadowHost: host,
    shadow,
    grip,
    mount() {
      // set the source only once it is in the page: the frame loads (again) on every insertion
      frame.src = frameUrl;
      (doc.body ?? doc.documentElement).append(host);
      mounted = true;
    },
    remove() {
      host.remove();
      mounted = undefined;
    },
    apply(layout, prefs) {
      const side = effectiveSide(layout, prefs.side, prefs.sideLocked);
      frame.setAttribute('style', frameStyle(layout, side));
      frame.dataset.collapsed = String(layout.collapsed);
      grip.setAttribute('style', gripStyle(layout, side));
      grip.hidden = layout.collapsed;
    },
    mark(rect) {
      markBox.hidden = rect === null;
      if (!rect) return;
      Object.assign(markBox.style, {
        top: `${rect.top}px`,
        left: `${rect.left}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
    },
  };
}
