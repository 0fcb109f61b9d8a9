/** The background's handler map over the real engine with do-nothing defaults; tests override what they watch. */
import { type BackgroundDeps, createHandlers } from '../../lib/background/handlers';
import { TabNotes } from '../../lib/background/notes';
import { analyze } from '../../lib/engine';

/** Handlers as the worker builds them: real engine, fresh TabNotes, default settings, a silent transport. */
export function backgroundHandlers(overrides: Partial<BackgroundDeps> = {}) {
  return createHandlers({
    analyze,
    notes: new TabNotes(),
    engineOptions: () => ({}),
    effectiveSettings: () => ({}),
    sendToFrame: async () => undefined,
    ...overrides,
  });
}
