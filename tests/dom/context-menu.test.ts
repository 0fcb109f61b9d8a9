// @vitest-environment happy-dom
/** Review mode's background side: menus created on install, clicks routed to the right frame, popup-only reviewPage. */
import { expect, test, vi } from 'vitest';
import { createReviewMenus, MENU_IDS, onMenuClicked } from '../../lib/background/context-menu';
import { BackgroundRequestSchema, ContentMessageSchema } from '../../lib/contracts/messages';
import { dispatch } from '../../lib/messaging/receive';
import { backgroundHandlers } from '../unit/background-harness';

test('createReviewMenus clears old items, then adds the selection and page items', async () => {
  const calls: string[] = [];
  await createReviewMenus({
    removeAll: async () => {
      calls.push('removeAll');
    },
    create: (p) => calls.push(`${p.id}:${p.contexts.join('+')}:${p.title}`),
  });
  expect(calls).toEqual([
    'removeAll',
    `${MENU_IDS.selection}:selection:Analyse with TheraCode`,
    `${MENU_IDS.page}:page+frame:Review this page with TheraCode`,
  ]);
});

test('a selection click goes to the clicked frame only; a page click to the top frame', async () => {
  const send = vi.fn(async () => undefined);
  await onMenuClicked({ menuItemId: MENU_IDS.selection, frameId: 5 }, { id: 12 }, send);
  await onMenuClicked({ menuItemId: MENU_IDS.page, frameId: 5 }, { id: 12 }, send);
  expect(send.mock.calls).toEqual([
    [12, 5, { type: 'reviewSelection', everyFrame: false }],
    [12, 0, { type: 'reviewPage' }],
  ]);
  for (const [, , msg] of send.mock.calls as unknown as [number, number, unknown][])
    expect(ContentMessageSchema.safeParse(msg).success).toBe(true);
});

test('unknown items and clicks without a tab (or in a devtools pseudo-tab) are ignored', async () => {
  const send = vi.fn(async () => undefined);
  await onMenuClicked({ menuItemId: 'other', frameId: 0 }, { id: 1 }, send);
  await onMenuClicked({ menuItemId: MENU_IDS.selection, frameId: 0 }, undefined, send);
  await onMenuClicked({ menuItemId: MENU_IDS.selection, frameId: 0 }, { id: -1 }, send);
  expect(send).not.toHaveBeenCalled();
});

test('reviewPage is accepted from extension pages (the popup) only, and goes to that tab’s top frame', async () => {
  const sendToFrame = vi.fn(async () => undefined);
  const handlers = backgroundHandlers({ sendToFrame });
  const msg = { type: 'reviewPage', tabId: 3 };
  const denied = await dispatch(BackgroundRequestSchema, handlers, msg, {
    tabId: 9,
    frameId: 0,
    fromExtensionPage: false,
  });
  expect(denied).toMatchObject({ ok: false, error: 'forbidden' });
  const noTab = await dispatch(BackgroundRequestSchema, handlers, { type: 'reviewPage' }, { fromExtensionPage: true });
  expect(noTab.ok).toBe(false);
  expect(sendToFrame).not.toHaveBeenCalled();
  const ok = await dispatch(BackgroundRequestSchema, handlers, msg, { fromExtensionPage: true });
  expect(ok.ok).toBe(true);
  expect(sendToFrame).toHaveBeenCalledExactlyOnceWith(3, 0, { type: 'reviewPage' });
});
