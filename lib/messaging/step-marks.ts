/**
 * Named steps of a note's trip (content script → worker → sidebar page) as User Timing marks, read
 * by the latency bench's step profile (`npm run bench:latency -- --steps`). Only builds made with
 * WXT_E2E_HOOKS=1 (`npm run build:e2e`) mark anything: elsewhere `stepMark` does nothing, so no
 * timeline entries pile up in a long-lived page or worker. A mark carries a name and a time, never text.
 */

/** Every step the bench knows, in trip order (tests/bench/lib/steps.ts reads these names). */
export const STEPS = [
  'cs:send', // content script: the note was read and its request leaves (single flight: when it really goes)
  'sw:received', // worker: the request passed its schema check and reached the handler
  'sw:start', // worker: this frame's previous analysis is done; this one starts
  'sw:analysed', // worker: the engine returned
  'sw:posted', // worker: the sidebar's message was handed to its port
  'sb:message', // sidebar page: the message arrived
  'sb:parsed', // sidebar page: it passed its schema check
  'sb:rendered', // sidebar page: state set and Preact's render (a microtask) done
] as const;
export type Step = (typeof STEPS)[number];

declare global {
  interface ImportMetaEnv {
    /** '1' in `npm run build:e2e` builds (Vite replaces it at build time, so other builds drop the marks). */
    readonly WXT_E2E_HOOKS?: string;
  }
}

/** Mark that this step happened now (hooks builds only). */
export function stepMark(step: Step): void {
  // read here, not at load: Node (the bench reads STEPS) has no import.meta.env
  if (import.meta.env.WXT_E2E_HOOKS === '1') performance.mark(`tc:${step}`);
}
