/** Fuzz the background's message handling: every malformed message gets a typed error; the handler keeps working. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackgroundRequestSchema, MessageReplySchema } from '../../lib/contracts/messages';
import type { SidebarPortMessage } from '../../lib/contracts/sidebar-port';
import { dispatch, type SenderInfo } from '../../lib/messaging/receive';
import { backgroundHandlers, fakeSidebarPage, memoryHub } from './background-harness';

async function setup() {
  const { hub } = memoryHub();
  const delivered: SidebarPortMessage[] = await fakeSidebarPage(hub, 7);
  const handlers = backgroundHandlers({ sidebars: hub });
  return { handlers, delivered };
}

const tabSender: SenderInfo = { tabId: 7, frameId: 0, url: 'https://ehr.example/note', fromExtensionPage: false };
const valid = {
  type: 'analyzeNote',
  fieldId: 'f1',
  text: 'Ther ex 15 min: LAQ 3x10 for quad strength',
  url: 'https://ehr.example',
};

/** Messages that look almost right: real types with wrong or missing fields. */
const nearMiss = fc.record({
  type: fc.constantFrom(
    'analyzeNote',
    'noteCleared',
    'getEffectiveSettings',
    'toggleSidebar',
    'getTabState',
    'bogus',
    '',
  ),
  fieldId: fc.oneof(
    fc.string(),
    fc.integer(),
    fc.constant(undefined),
    fc.constant(null),
    fc.string({ minLength: 201 }),
  ),
  text: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.object()),
  url: fc.oneof(fc.webUrl(), fc.integer(), fc.constant(undefined)),
  tabId: fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)),
});

describe('background message fuzzing', () => {
  it('answers 3000 random and malformed messages with a typed reply and keeps working', async () => {
    const { handlers, delivered } = await setup();
    const anything = fc.oneof(fc.anything(), nearMiss, fc.jsonValue());
    const samples = fc.sample(anything, { numRuns: 3000, seed: 42 });
    let errors = 0;
    for (const raw of samples) {
      const reply = await dispatch(BackgroundRequestSchema, handlers, raw, tabSender);
      expect(MessageReplySchema.safeParse(reply).success).toBe(true);
      if (!reply.ok) {
        errors += 1;
        expect(['malformed', 'forbidden', 'internal']).toContain(reply.error);
      }
    }
    expect(errors).toBeGreaterThan(2500);
    const before = delivered.length;
    const reply = await dispatch(BackgroundRequestSchema, handlers, valid, tabSender);
    expect(reply).toEqual({ ok: true });
    expect(delivered.slice(before).map((m) => m.type)).toEqual(['analysisStarted', 'analysisReady']);
    expect(delivered.at(-1)).toMatchObject({ type: 'analysisReady', fieldId: 'f1', frameId: 0 });
  });

  it('error details never echo message contents (they may hold note text)', async () => {
    const { handlers } = await setup();
    const secret = 'Pt Jane Doe DOB 1950-01-01';
    const reply = await dispatch(
      BackgroundRequestSchema,
      handlers,
      { type: 'analyzeNote', fieldId: 5, text: secret },
      tabSender,
    );
    expect(reply.ok).toBe(false);
    expect(JSON.stringify(reply)).not.toContain('Jane');
  });

  it('refuses popup-only requests from content scripts', async () => {
    const { handlers } = await setup();
    const reply = await dispatch(BackgroundRequestSchema, handlers, { type: 'getTabState', tabId: 7 }, tabSender);
    expect(reply).toMatchObject({ ok: false, error: 'forbidden' });
    const fromPage = await dispatch(BackgroundRequestSchema, handlers, { type: 'toggleSidebar', tabId: 3 }, tabSender);
    expect(fromPage).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('refuses analysis requests that do not come from a tab', async () => {
    const { handlers } = await setup();
    const reply = await dispatch(BackgroundRequestSchema, handlers, valid, { fromExtensionPage: true });
    expect(reply).toMatchObject({ ok: false, error: 'forbidden' });
  });
});
