// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { handleCommand } from '../../lib/background/commands';
import { BackgroundRequestSchema } from '../../lib/contracts/messages';
import { dispatch } from '../../lib/messaging/receive';
import { backgroundHandlers } from '../unit/background-harness';

function setup() {
  const sendToFrame = vi.fn(async () => undefined);
  const handlers = backgroundHandlers({ sendToFrame });
  return { sendToFrame, handlers };
}

test('analyzeNote from a subframe: analysisStarted then analysisReady, both to the top frame', async () => {
  const { sendToFrame, handlers } = setup();
  const msg = { type: 'analyzeNote', fieldId: 'f1', text: 'Ther ex 15 min strength', url: 'http://x/' };
  const reply = await dispatch(BackgroundRequestSchema, handlers, msg, {
    tabId: 7,
    frameId: 3,
    fromExtensionPage: false,
  });
  expect(reply.ok).toBe(true);
  const calls = sendToFrame.mock.calls as unknown as [number, number, { type: string; frameId?: number }][];
  expect(calls.map(([tab, frame, m]) => [tab, frame, m.type])).toEqual([
    [7, 0, 'analysisStarted'],
    [7, 0, 'analysisReady'],
  ]);
  expect(calls[1]?.[2].frameId).toBe(3);
});

test('highlightSegment: only from the top frame, routed to the frame that holds the field', async () => {
  const { sendToFrame, handlers } = setup();
  const msg = { type: 'highlightSegment', fieldId: 'f1', frameId: 3, start: 0, end: 5 };
  const denied = await dispatch(BackgroundRequestSchema, handlers, msg, {
    tabId: 7,
    frameId: 2,
    fromExtensionPage: false,
  });
  expect(denied.ok).toBe(false);
  await dispatch(BackgroundRequestSchema, handlers, msg, { tabId: 7, frameId: 0, fromExtensionPage: false });
  expect(sendToFrame).toHaveBeenCalledWith(7, 3, { type: 'highlightField', fieldId: 'f1', start: 0, end: 5 });
});

test('the toggle-sidebar command goes to the active tab top frame; other commands are ignored', async () => {
  const send = vi.fn(async () => undefined);
  const all = vi.fn(async () => undefined);
  await handleCommand('toggle-sidebar', async () => 9, { sendToFrame: send, sendToAllFrames: all });
  await handleCommand('something-else', async () => 9, { sendToFrame: send, sendToAllFrames: all });
  expect(send).toHaveBeenCalledExactlyOnceWith(9, 0, { type: 'toggleSidebar' });
  expect(all).not.toHaveBeenCalled();
});

test('the review-selection command asks every frame of the tab (no frame is known)', async () => {
  const send = vi.fn(async () => undefined);
  const all = vi.fn(async () => undefined);
  await handleCommand('review-selection', async () => 4, { sendToFrame: send, sendToAllFrames: all });
  expect(all).toHaveBeenCalledExactlyOnceWith(4, { type: 'reviewSelection', everyFrame: true });
  expect(send).not.toHaveBeenCalled();
  await handleCommand('review-selection', async () => undefined, { sendToFrame: send, sendToAllFrames: all });
  expect(all).toHaveBeenCalledOnce();
});
