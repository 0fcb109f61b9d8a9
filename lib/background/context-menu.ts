/**
 * Review mode's context menu (issue #7): "Analyse with TheraCode" on a text selection and
 * "Review this page" on the page. The click goes to the frame that holds the selection; that
 * frame's content script reads it and sends an ordinary analyzeNote, so the result reaches the
 * top frame's sidebar through the usual route. No note text passes through here.
 */
import type { ContentMessage } from '../contracts/messages';

/** Stable menu item ids (Chromium keeps menus across worker restarts by id). */
export const MENU_IDS = {
  selection: 'theracode-analyse-selection',
  page: 'theracode-review-page',
} as const;

/** The slice of `contextMenus` this needs (handed in so tests can pass a fake). */
export interface MenuApi {
  removeAll: () => Promise<void>;
  create: (props: { id: string; title: string; contexts: ['selection'] | ['page', 'frame'] }) => unknown;
}

/** What a click tells us (a subset of contextMenus.OnClickData). */
export interface MenuClick {
  menuItemId: string | number;
  frameId?: number;
}

/** Deliver a message to one frame of a tab. */
export type SendToFrame = (tabId: number, frameId: number, msg: ContentMessage) => Promise<void>;

/** Create the menu items; run on runtime.onInstalled (install and update), clearing older items first. */
export async function createReviewMenus(menus: MenuApi): Promise<void> {
  await menus.removeAll();
  menus.create({ id: MENU_IDS.selection, title: 'Analyse with TheraCode', contexts: ['selection'] });
  // 'frame' too: a right-click inside a chart's iframe is in the frame context, not the page context.
  menus.create({ id: MENU_IDS.page, title: 'Review this page with TheraCode', contexts: ['page', 'frame'] });
}

const CLICKS: Record<string, (tabId: number, frameId: number, send: SendToFrame) => Promise<void>> = {
  // The selection lives in the frame that was right-clicked: ask that frame alone.
  [MENU_IDS.selection]: (tabId, frameId, send) => send(tabId, frameId, { type: 'reviewSelection', everyFrame: false }),
  // The top frame looks through itself and its same-origin frames for the largest text block.
  [MENU_IDS.page]: (tabId, _frameId, send) => send(tabId, 0, { type: 'reviewPage' }),
};

/** The contextMenus.onClicked listener's body; unknown ids and clicks outside a tab are ignored. */
export async function onMenuClicked(info: MenuClick, tab: { id?: number } | undefined, send: SendToFrame) {
  const click = CLICKS[String(info.menuItemId)];
  if (!click || tab?.id === undefined || tab.id < 0) return;
  await click(tab.id, info.frameId ?? 0, send);
}
