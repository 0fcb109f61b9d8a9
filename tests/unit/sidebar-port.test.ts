/**
 * The worker → sidebar page port: its schema check, a long note's partial view, and the whole
 * analysis on request (getAnalysis), for the tab's own sidebar page only.
 */
import { describe, expect, test, vi } from 'vitest';
import { BackgroundRequestSchema } from '../../lib/contracts/messages';
import {
  decodeSidebarPortMessage,
  FIRST_INTERVENTIONS,
  type SidebarPortMessage,
} from '../../lib/contracts/sidebar-port';
import { dispatch, type SenderInfo } from '../../lib/messaging/receive';
import { lazyPort } from '../../lib/ui/sidebar/port';
import { backgroundHandlers, fakeSidebarPage, memoryHub } from './background-harness';

const LONG = `O:\n${'Ther ex 15 min: LAQ for quad strength\n'.repeat(40)}`;
const tab: SenderInfo = { tabId: 7, frameId: 0, origin: 'https://ehr.example', fromExtensionPage: false };
const sidebarPage: SenderInfo = { tabId: 7, fromExtensionPage: true, fromSidebar: true };

async function analysed(text: string) {
  const { hub } = memoryHub();
  const posted = await fakeSidebarPage(hub, 7);
  const handlers = backgroundHandlers({ sidebars: hub });
  await dispatch(BackgroundRequestSchema, handlers, { type: 'analyzeNote', fieldId: 'f1', text, url: 'x' }, tab);
  const ready = posted.find((m) => m.type === 'analysisReady');
  if (ready?.type !== 'analysisReady') throw new Error('no result posted');
  return { handlers, ready };
}

describe('sidebar port check', () => {
  const msg: SidebarPortMessage = { type: 'analysisCleared', fieldId: 'f1' };

  test('a valid message passes; anything else is dropped', () => {
    expect(decodeSidebarPortMessage(msg)).toEqual(msg);
    expect(decodeSidebarPortMessage(JSON.stringify(msg))).toBeNull(); // text is not a message
    expect(decodeSidebarPortMessage({ type: 'analysisCleared' })).toBeNull();
    expect(decodeSidebarPortMessage({ ...msg, type: 'bogus' })).toBeNull();
  });
});

describe('a long note on the port', () => {
  test('the sidebar page is sent the first interventions and their count, not the whole analysis', async () => {
    const { ready } = await analysed(LONG);
    expect(ready.analysis.partial).toEqual({ coded: 40 });
    expect(ready.analysis.segments).toHaveLength(FIRST_INTERVENTIONS);
    expect(ready.text).toBe(LONG);
  });

  test('a short note is sent whole', async () => {
    const { ready } = await analysed('Ther ex 15 min: LAQ for quad strength');
    expect(ready.analysis.partial).toBeUndefined();
  });

  test('getAnalysis: the tab’s sidebar page gets the whole analysis of the note it shows', async () => {
    const { handlers, ready } = await analysed(LONG);
    const req = { type: 'getAnalysis', noteHash: ready.analysis.noteHash };
    const reply = await dispatch(BackgroundRequestSchema, handlers, req, sidebarPage);
    if (!reply.ok) throw new Error(reply.detail);
    const whole = reply.data as unknown as { segments: { code: string | null }[]; partial?: unknown };
    expect(whole.segments.filter((s) => s.code !== null)).toHaveLength(40);
    expect(whole.partial).toBeUndefined();
  });

  test('getAnalysis: a content script, another tab or a stale hash get nothing', async () => {
    const { handlers, ready } = await analysed(LONG);
    const req = { type: 'getAnalysis', noteHash: ready.analysis.noteHash };
    expect(await dispatch(BackgroundRequestSchema, handlers, req, tab)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    const otherTab = { ...sidebarPage, tabId: 8 };
    expect(await dispatch(BackgroundRequestSchema, handlers, req, otherTab)).toMatchObject({ ok: false });
    const stale = { ...req, noteHash: `sha256:${'1'.repeat(64)}` };
    expect(await dispatch(BackgroundRequestSchema, handlers, stale, sidebarPage)).toMatchObject({
      ok: false,
      detail: 'stale',
    });
  });
});

/** A fake runtime port the test can close, as a stopping worker closes it. */
function fakePort() {
  const onMessage: ((raw: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  return {
    onMessage: { addListener: (cb: (raw: unknown) => void) => void onMessage.push(cb) },
    onDisconnect: { addListener: (cb: () => void) => void onDisconnect.push(cb) },
    deliver: (raw: unknown) => {
      for (const cb of onMessage) cb(raw);
    },
    close: () => {
      for (const cb of onDisconnect) cb();
    },
  };
}

describe('the sidebar page reconnects only when it needs to', () => {
  test('a closed port stays closed until something needs it; the next one is a reconnection', () => {
    vi.useFakeTimers();
    try {
      const ports: ReturnType<typeof fakePort>[] = [];
      const got: [unknown, boolean][] = [];
      const link = lazyPort(
        () => {
          const p = fakePort();
          ports.push(p);
          return p;
        },
        (raw, again) => void got.push([raw, again]),
      );
      link.ensure();
      link.ensure(); // already open: no second port
      expect(ports).toHaveLength(1);
      ports[0]?.deliver('first');
      ports[0]?.close(); // the worker stopped after its idle time
      vi.advanceTimersByTime(120_000);
      expect(ports).toHaveLength(1); // nothing woke it up again
      expect(link.open).toBe(false);
      link.ensure(); // a request from the page, or the worker's sidebarWanted
      expect(ports).toHaveLength(2);
      ports[1]?.deliver('second');
      expect(got).toEqual([
        ['first', false],
        ['second', true],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('the worker asks sidebar pages to connect when a result finds no port, at most once a second per tab', async () => {
    const wakeSidebars = vi.fn();
    const { hub } = memoryHub({ wakeSidebars });
    const handlers = backgroundHandlers({ sidebars: hub });
    const note = { type: 'analyzeNote', fieldId: 'f1', text: 'Ther ex 15 min: LAQ for quad strength', url: 'x' };
    await dispatch(BackgroundRequestSchema, handlers, note, tab);
    expect(wakeSidebars).toHaveBeenCalledTimes(1); // analysisStarted and analysisReady: one wake-up
    const posted = await fakeSidebarPage(hub, 7);
    await dispatch(BackgroundRequestSchema, handlers, { ...note, text: `${note.text}.` }, tab);
    expect(wakeSidebars).toHaveBeenCalledTimes(1); // a page is connected now
    expect(posted.map((m) => m.type)).toEqual(['analysisStarted', 'analysisReady']);
  });
});
