// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { handleCommand } from '../../lib/background/commands';
import { BackgroundRequestSchema } from '../../lib/contracts/messages';
import { analyze as realAnalyze } from '../../lib/engine';
import { dispatch } from '../../lib/messaging/receive';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { mergeSettings } from '../../lib/settings/merge';
import { backgroundHandlers, fakeSidebarPage, memoryHub } from '../unit/background-harness';

function setup(topHost = 'ehr.example') {
  const sendToFrame = vi.fn(async () => undefined);
  const { hub } = memoryHub({ sendToFrame }, topHost);
  const handlers = backgroundHandlers({ sendToFrame, sidebars: hub });
  return { sendToFrame, handlers, hub };
}

const NOTE = { type: 'analyzeNote', fieldId: 'f1', text: 'Ther ex 15 min strength', url: 'http://x/' };

test('analyzeNote from a same-site subframe: started and ready go to the sidebar page; the top frame only mounts', async () => {
  const { sendToFrame, handlers, hub } = setup();
  const posted = await fakeSidebarPage(hub, 7);
  const sender = { tabId: 7, frameId: 3, origin: 'https://notes.ehr.example', fromExtensionPage: false };
  const reply = await dispatch(BackgroundRequestSchema, handlers, NOTE, sender);
  expect(reply.ok).toBe(true);
  expect(posted.map((m) => m.type)).toEqual(['analysisStarted', 'analysisReady']);
  expect(posted[1]).toMatchObject({ frameId: 3, frameHost: 'notes.ehr.example' });
  // no analysis, no note text to any content script: the top frame is told to show the sidebar, nothing more
  expect(sendToFrame.mock.calls).toEqual([[7, 0, { type: 'showSidebar', open: false, payerSelector: null }]]);
});

test('a note from a frame of another site is refused unless crossSiteFrames allows that site', async () => {
  const { handlers, hub } = setup();
  const posted = await fakeSidebarPage(hub, 7);
  const sender = { tabId: 7, frameId: 4, origin: 'https://evil.example', fromExtensionPage: false };
  const denied = await dispatch(BackgroundRequestSchema, handlers, NOTE, sender);
  expect(denied).toMatchObject({ ok: false, error: 'forbidden' });
  expect(posted).toEqual([]);
  // the same message allowed by a crossSiteFrames entry: shown, naming the frame's host
  const settings = { ...mergeSettings(DEFAULT_SETTINGS, { crossSiteFrames: ['*.evil.example'] }, {}), resetKeys: [] };
  const allowed = backgroundHandlers({ sidebars: hub, effectiveSettings: () => settings });
  expect((await dispatch(BackgroundRequestSchema, allowed, NOTE, sender)).ok).toBe(true);
  expect(posted.at(-1)).toMatchObject({ type: 'analysisReady', frameHost: 'evil.example' });
});

test('the newest text wins: a burst from one frame is analysed at most twice, the last text last', async () => {
  const analyze = vi.fn(realAnalyze);
  const { hub } = memoryHub();
  const handlers = backgroundHandlers({ analyze, sidebars: hub });
  const posted = await fakeSidebarPage(hub, 7);
  const sender = { tabId: 7, frameId: 0, origin: 'https://ehr.example', fromExtensionPage: false };
  const texts = Array.from({ length: 20 }, (_, i) => `Ther ex ${i + 1} min: LAQ for quad strength`);
  await Promise.all(texts.map((text) => dispatch(BackgroundRequestSchema, handlers, { ...NOTE, text }, sender)));
  expect(analyze.mock.calls.length).toBeLessThanOrEqual(2);
  expect(posted.filter((m) => m.type === 'analysisReady').at(-1)).toMatchObject({ text: texts.at(-1) });
});

test("highlightSegment: only from the tab's sidebar page, routed to the frame that holds the field", async () => {
  const { sendToFrame, handlers } = setup();
  const msg = { type: 'highlightSegment', fieldId: 'f1', frameId: 3, start: 0, end: 5 };
  for (const sender of [
    { tabId: 7, frameId: 0, fromExtensionPage: false }, // the top frame's content script: not any more
    { tabId: 7, frameId: 2, fromExtensionPage: false },
  ]) {
    expect((await dispatch(BackgroundRequestSchema, handlers, msg, sender)).ok).toBe(false);
  }
  expect(sendToFrame).not.toHaveBeenCalled();
  const fromSidebar = { tabId: 7, frameId: 9, fromExtensionPage: true, fromSidebar: true };
  await dispatch(BackgroundRequestSchema, handlers, msg, fromSidebar);
  expect(sendToFrame).toHaveBeenCalledWith(7, 3, { type: 'highlightField', fieldId: 'f1', start: 0, end: 5 });
});

test("resendNote (after a worker restart): only from the tab's sidebar page, to the frame holding the note", async () => {
  const { sendToFrame, handlers } = setup();
  const msg = { type: 'resendNote', fieldId: 'f1', frameId: 3 };
  const fromPage = await dispatch(BackgroundRequestSchema, handlers, msg, {
    tabId: 7,
    frameId: 0,
    fromExtensionPage: false,
  });
  expect(fromPage).toMatchObject({ ok: false, error: 'forbidden' });
  expect(sendToFrame).not.toHaveBeenCalled();
  const fromSidebar = { tabId: 7, frameId: 9, fromExtensionPage: true, fromSidebar: true };
  expect((await dispatch(BackgroundRequestSchema, handlers, msg, fromSidebar)).ok).toBe(true);
  expect(sendToFrame).toHaveBeenCalledExactlyOnceWith(7, 3, msg);
});

test('layout: a content script other than the top frame cannot change it; the sidebar page can, validated', async () => {
  const { sendToFrame, handlers, hub } = setup();
  const msg = { type: 'updateLayout', patch: { width: 500 } };
  const sub = await dispatch(BackgroundRequestSchema, handlers, msg, {
    tabId: 7,
    frameId: 2,
    fromExtensionPage: false,
  });
  expect(sub.ok).toBe(false);
  const bad = { type: 'updateLayout', patch: { width: 'wide', extra: 1 } };
  const fromSidebar = { tabId: 7, frameId: 9, fromExtensionPage: true, fromSidebar: true };
  expect((await dispatch(BackgroundRequestSchema, handlers, bad, fromSidebar)).ok).toBe(false);
  expect((await dispatch(BackgroundRequestSchema, handlers, msg, fromSidebar)).ok).toBe(true);
  expect(await hub.layoutOf(7)).toMatchObject({ width: 500 });
  expect(sendToFrame).toHaveBeenCalledWith(7, 0, {
    type: 'layoutChanged',
    layout: expect.objectContaining({ width: 500 }),
  });
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
