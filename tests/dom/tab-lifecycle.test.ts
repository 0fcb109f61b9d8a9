// In-memory results are per tab and die with the tab: closed, navigated or reloaded (issue #8).
import { expect, test } from 'vitest';
import { dropNotesWithTabs, type TabEvents, TabNotes } from '../../lib/background/notes';
import { BackgroundRequestSchema } from '../../lib/contracts/messages';
import { dispatch } from '../../lib/messaging/receive';
import { backgroundHandlers } from '../unit/background-harness';

/** Tab events the test fires by hand, the way Chromium would. */
function fakeTabs() {
  const removed: ((tabId: number) => void)[] = [];
  const updated: ((tabId: number, change: { status?: string }) => void)[] = [];
  const tabs: TabEvents = {
    onRemoved: { addListener: (cb) => removed.push(cb) },
    onUpdated: { addListener: (cb) => updated.push(cb) },
  };
  return {
    tabs,
    close: (id: number) => {
      for (const cb of removed) cb(id);
    },
    update: (id: number, change: { status?: string; title?: string }) => {
      for (const cb of updated) cb(id, change);
    },
  };
}

function setup() {
  const notes = new TabNotes();
  const fake = fakeTabs();
  dropNotesWithTabs(fake.tabs, notes);
  const handlers = backgroundHandlers({ notes });
  const type = (tabId: number) =>
    dispatch(
      BackgroundRequestSchema,
      handlers,
      { type: 'analyzeNote', fieldId: 'f1', text: 'Ther ex 15 min: LAQ 3x10 for quad strength', url: 'http://x/' },
      { tabId, frameId: 0, fromExtensionPage: false },
    );
  // what the popup would be told about the tab
  const state = async (tabId: number) => {
    const reply = await dispatch(
      BackgroundRequestSchema,
      handlers,
      { type: 'getTabState', tabId },
      { tabId: 99, frameId: 0, fromExtensionPage: true },
    );
    return reply.ok ? reply.data : reply;
  };
  return { notes, fake, type, state };
}

test('a navigating tab (status loading) loses its note; other tabs keep theirs', async () => {
  const { notes, fake, type, state } = setup();
  await type(1);
  await type(2);
  expect(await state(1)).toEqual({ hasNote: true, suggested: '97110' });
  fake.update(1, { title: 'new title' }); // not a navigation
  expect(notes.get(1)).toBeDefined();
  fake.update(1, { status: 'loading' });
  expect(await state(1)).toEqual({ hasNote: false, suggested: null });
  expect(await state(2)).toEqual({ hasNote: true, suggested: '97110' });
  expect(notes.size).toBe(1);
});

test('a closed tab loses its note', async () => {
  const { notes, fake, type, state } = setup();
  await type(5);
  expect(await state(5)).toEqual({ hasNote: true, suggested: '97110' });
  fake.close(5);
  expect(await state(5)).toEqual({ hasNote: false, suggested: null });
  expect(notes.size).toBe(0);
});
