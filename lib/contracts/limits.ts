/** Message size limits, without zod, so the content script can import them alone. */
// the engine's own cut: nothing past it is analysed, so nothing past it need cross a process
import { MAX_CHARS } from '../engine/bound';

/** Notes longer than this are cut before they are sent (the Analysis then carries a truncation flag). */
export const MAX_MESSAGE_TEXT = MAX_CHARS;
