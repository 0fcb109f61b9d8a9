/**
 * The worker → sidebar page port: JSON text on the wire, a long note's partial view, and the whole
 * analysis on request (getAnalysis), for the tab's own sidebar page only.
 */
import { describe, expect, test } from 'vitest';
import { BackgroundRequestSchema } from '../../lib/contracts/messages';
import {
  decodeSidebarPortMessage,
  encodeSidebarPortMessage,
  FIRST_INTERVENTIONS,
  type SidebarPortMessage,
} from '../../lib/contracts/sidebar-port';
import { dispatch, type SenderInfo } from '../../lib/messaging/receive';
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

describe('sidebar port wire', () => {
  const msg: SidebarPortMessage = { type: 'analysisCleared', fieldId: 'f1' };

  test('a message crosses as JSON text and decodes to the same message', () => {
    const wire = encodeSidebarPortMessage(msg);
    expect(typeof wire).toBe('string');
    expect(decodeSidebarPortMessage(wire)).toEqual(msg);
  });

  test('anything but valid JSON text of a valid message is dropped', () => {
    expect(decodeSidebarPortMessage(msg)).toBeNull(); // an object (not what the worker sends)
    expect(decodeSidebarPortMessage('{"type":')).toBeNull();
    expect(decodeSidebarPortMessage(JSON.stringify({ type: 'analysisCleared' }))).toBeNull();
    expect(decodeSidebarPortMessage(JSON.stringify({ ...msg, type: 'bogus' }))).toBeNull();
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
