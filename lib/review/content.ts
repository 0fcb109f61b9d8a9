/**
 * Review mode in every frame (issue #7): answer the background's reviewSelection / reviewPage by
 * reading the text and sending it as an ordinary analyzeNote under a review field id, so the
 * result reaches the top frame's sidebar by the usual route. Only reads the page; never writes to it.
 */
import type { ContentMessage, MessageReply } from '../contracts/messages';
import { focusInChildFrame, largestTextBlockInFrames, selectedText } from './page-text';
import { REVIEW_PAGE_FIELD, REVIEW_SELECTION_FIELD } from './source';

/** What a frame needs to review: its document, the size cap, and the transport (handed in). */
export interface ReviewDeps {
  doc: Document;
  /** Longer text is cut here (the engine then flags the note as truncated), as for typed notes. */
  maxChars: number;
  /** Send the text for analysis as `fieldId` (an analyzeNote to the background). */
  analyze: (fieldId: string, text: string) => void;
}

type Review = Extract<ContentMessage, { type: 'reviewSelection' | 'reviewPage' }>;
type ReviewHandlers = { [K in Review['type']]: (msg: Extract<Review, { type: K }>) => MessageReply<K> };

/** Handlers for the two review messages; the reply says how many characters were sent (0: nothing to review). */
export function createReviewHandlers(deps: ReviewDeps): ReviewHandlers {
  const send = (fieldId: string, text: string): MessageReply<'reviewPage'> => {
    if (text.trim() === '') return { ok: true, data: { chars: 0 } };
    const cut = text.length > deps.maxChars ? text.slice(0, deps.maxChars) : text;
    deps.analyze(fieldId, cut);
    return { ok: true, data: { chars: cut.length } };
  };
  return {
    reviewSelection: (msg) => {
      // Sent to every frame (keyboard command): a stale selection in a parent whose focus moved
      // into a child frame must not answer too.
      if (msg.everyFrame && focusInChildFrame(deps.doc)) return { ok: true, data: { chars: 0 } };
      return send(REVIEW_SELECTION_FIELD, selectedText(deps.doc));
    },
    // Only the top frame is asked: it reads its own and its same-origin frames' documents directly.
    reviewPage: () => send(REVIEW_PAGE_FIELD, largestTextBlockInFrames(deps.doc)?.text ?? ''),
  };
}
