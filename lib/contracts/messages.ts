/**
 * The protocol map (design.md §3.4): every message between extension contexts, one zod schema
 * each. Both ends parse with these; a malformed message gets a typed error and is dropped. The
 * sidebar page's port messages (which carry the analysis) are in sidebar-port.ts, so a content
 * script never bundles the Analysis schema.
 */
import { z } from 'zod/mini';
import type { Analysis } from './analysis';
import type { LayoutState } from './layout';
import { LayoutPatchSchema, LayoutSchema } from './layout';
import { MAX_MESSAGE_TEXT } from './limits';
import { PAYER_CLASSES } from './payer';
import type { EffectiveSettings, PageHost } from './settings';

export { MAX_MESSAGE_TEXT };

export const FieldIdSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** content script (any frame) → background: analyse this field's text. */
export const AnalyzeNoteSchema = z.object({
  type: z.literal('analyzeNote'),
  fieldId: FieldIdSchema,
  text: z.string().check(z.maxLength(MAX_MESSAGE_TEXT)),
  url: z.string().check(z.maxLength(4096)),
  /** The frame's own origin, used only where the browser does not say (Firefox, about:blank frames). */
  origin: z.optional(z.string().check(z.maxLength(300))),
  /** The field's real length when `text` was cut before sending (so the sidebar can say how much was analysed). */
  fullLength: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type AnalyzeNote = z.infer<typeof AnalyzeNoteSchema>;

/** content script → background: the note field in this frame was cleared or left the page. */
export const NoteClearedSchema = z.object({ type: z.literal('noteCleared'), fieldId: FieldIdSchema });
export type NoteCleared = z.infer<typeof NoteClearedSchema>;

const offset = z.number().check(z.int(), z.nonnegative());

/** sidebar page → background: show this stretch of the note in the frame that holds the field. */
export const HighlightSegmentSchema = z.object({
  type: z.literal('highlightSegment'),
  fieldId: FieldIdSchema,
  frameId: z.number().check(z.int(), z.nonnegative()),
  start: offset,
  end: offset,
});

/**
 * sidebar page → background → the frame holding the field: send that note again. A stopped and
 * restarted service worker has lost every tab's note (memory only); the sidebar page, which still
 * shows it, asks for it once it has reconnected, so the popup, a re-mounted sidebar and the payer follow again.
 */
export const ResendNoteSchema = z.object({
  type: z.literal('resendNote'),
  fieldId: FieldIdSchema,
  frameId: z.number().check(z.int(), z.nonnegative()),
});

/** background → the frame holding the field: scroll to and highlight [start, end) without editing anything. */
export const HighlightFieldSchema = z.object({
  type: z.literal('highlightField'),
  fieldId: FieldIdSchema,
  start: offset,
  end: offset,
});

/** UI → background: the settings in force (defaults ← user ← policy). */
export const GetEffectiveSettingsSchema = z.object({ type: z.literal('getEffectiveSettings') });

/**
 * options page / popup → background: save the user's own choices (a patch of keys, or with
 * `replace` the whole set, as an import does), and forget the choices named in `reset` (back to
 * the default). Accepted only from extension pages; the handler validates `settings` with the
 * settings schema and `reset` against the setting keys (design.md §3.4/§3.5).
 */
export const SetUserSettingsSchema = z.object({
  type: z.literal('setUserSettings'),
  settings: z.record(z.string(), z.unknown()),
  replace: z.optional(z.boolean()),
  reset: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40))),
});
export type SetUserSettings = z.infer<typeof SetUserSettingsSchema>;

/** options page / popup → background: the repair notice was read; forget which keys were reset. */
export const DismissRepairNoticeSchema = z.object({ type: z.literal('dismissRepairNotice') });

/** background → UI: settings changed (user or policy). */
export const SettingsChangedSchema = z.object({ type: z.literal('settingsChanged') });

/** popup / keyboard command → background → top frame: show or hide the sidebar in this tab. */
export const ToggleSidebarSchema = z.object({ type: z.literal('toggleSidebar'), tabId: z.optional(z.number()) });

/** popup → background: what the sidebar in a tab currently shows (suggested code), for the popup. */
export const GetTabStateSchema = z.object({ type: z.literal('getTabState'), tabId: z.number().check(z.int()) });

/** The reply to getTabState. */
export const TabStateSchema = z.object({ suggested: z.nullable(z.string()), hasNote: z.boolean() });
export type TabState = z.infer<typeof TabStateSchema>;

/**
 * content script (any frame) → background: may TheraCode run in this frame, and where does the
 * sidebar dock? `host` is the frame's own idea of its host, used only where the browser gives no origin.
 */
export const GetPageSettingsSchema = z.object({
  type: z.literal('getPageSettings'),
  host: z.string().check(z.maxLength(253)),
});

/** The reply to getPageSettings: only what a content script needs (no settings object crosses into the page's process). */
export const PageSettingsSchema = z.object({
  active: z.boolean(),
  side: z.enum(['left', 'right']),
  sideLocked: z.boolean(),
  /** The CSS selector policy pins as this host's note region (whole-form reading), when it does. */
  noteRegion: z.optional(z.string().check(z.maxLength(500))),
});
export type PageSettings = z.infer<typeof PageSettingsSchema>;

/** the top frame's overlay → background: this site's sidebar layout, to size the sidebar's frame by. */
export const GetLayoutSchema = z.object({ type: z.literal('getLayout') });

/**
 * sidebar page (Hide, Move, resize) or the top frame (the toggle command) → background: change this
 * tab's site layout; the background validates, stores and tells both the overlay and the sidebar.
 */
export const UpdateLayoutSchema = z.object({ type: z.literal('updateLayout'), patch: LayoutPatchSchema });

export const PayerSchema = z.nullable(z.enum(PAYER_CLASSES));

/** sidebar page → background: the payer class picked in this tab (kept for the tab, never per site). */
export const SetPayerSchema = z.object({ type: z.literal('setPayer'), payer: PayerSchema });

/**
 * the top frame → background: the text of the element policy names as the page's payer (that
 * element's text only, cut short; null when the element is absent). The background maps it.
 */
export const PagePayerTextSchema = z.object({
  type: z.literal('pagePayer'),
  text: z.nullable(z.string().check(z.maxLength(200))),
});

/** background → the top frame: a note is in use, mount the sidebar (and open it for a review). */
export const ShowSidebarSchema = z.object({
  type: z.literal('showSidebar'),
  open: z.boolean(),
  /** Where policy says this page shows the payer (payerOnPage); the top frame answers with pagePayer. */
  payerSelector: z.optional(z.nullable(z.string().check(z.maxLength(300)))),
});

/** background → the top frame: this site's layout changed; size the sidebar's frame to it. */
export const LayoutChangedSchema = z.object({ type: z.literal('layoutChanged'), layout: LayoutSchema });

/** popup / background → a tab's top frame: which host is this, and is TheraCode active here? (reply: PageHostSchema) */
export const GetPageHostSchema = z.object({ type: z.literal('getPageHost') });

/**
 * background → the frame(s) of a tab (review mode, issue #7): read the text selection and send it as
 * a normal analyzeNote. `everyFrame` means it went to every frame (keyboard command: no frame is
 * known), so a frame whose focus is inside a child frame leaves the answer to that frame.
 */
export const ReviewSelectionSchema = z.object({ type: z.literal('reviewSelection'), everyFrame: z.boolean() });

/** popup → background (with tabId) → top frame: analyse the main text block of the page and its same-origin frames. */
export const ReviewPageSchema = z.object({
  type: z.literal('reviewPage'),
  tabId: z.optional(z.number().check(z.int())),
});

/**
 * sidebar page → background: the whole analysis of the note it shows (a long note's view lists only
 * its first interventions: "Show all", the defense summary and the billed check need the rest).
 * Answered with the tab's last analysis when its hash is `noteHash`, else an error (it is stale).
 */
export const GetAnalysisSchema = z.object({
  type: z.literal('getAnalysis'),
  noteHash: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
});

/** Every message the background accepts. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  AnalyzeNoteSchema,
  NoteClearedSchema,
  GetEffectiveSettingsSchema,
  ToggleSidebarSchema,
  GetTabStateSchema,
  HighlightSegmentSchema,
  ResendNoteSchema,
  SetUserSettingsSchema,
  DismissRepairNoticeSchema,
  ReviewPageSchema,
  GetLayoutSchema,
  UpdateLayoutSchema,
  SetPayerSchema,
  PagePayerTextSchema,
  GetPageSettingsSchema,
  GetAnalysisSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/**
 * Every message a content script accepts. No analysis and no note text: those go to the sidebar
 * page alone, so nothing of a note from one frame is ever held in another frame's page process.
 */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  ShowSidebarSchema,
  LayoutChangedSchema,
  SettingsChangedSchema,
  ToggleSidebarSchema,
  HighlightFieldSchema,
  ResendNoteSchema,
  ReviewSelectionSchema,
  ReviewPageSchema,
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** The typed error every receiver answers a bad message with. */
export const MessageErrorSchema = z.object({
  ok: z.literal(false),
  error: z.enum(['malformed', 'forbidden', 'internal']),
  detail: z.string(),
});
export type MessageError = z.infer<typeof MessageErrorSchema>;

/** How many characters review mode sent for analysis (0: nothing to review). */
export const ReviewReplySchema = z.object({ chars: z.number().check(z.int(), z.nonnegative()) });
/** The reply to a review request: a frame's count, or nothing from the background that only forwards it. */
export const ReviewPageReplySchema = z.optional(ReviewReplySchema);

/**
 * What each request answers with (typed replies: the caller parses the data with the schema of the
 * same name — EffectiveSettingsSchema, TabStateSchema, LayoutSchema, PageHostSchema,
 * PageSettingsSchema, ReviewReplySchema, AnalysisSchema). Types not listed answer `{ok: true}` with no data.
 */
export interface ReplyData {
  getEffectiveSettings: EffectiveSettings;
  getTabState: TabState;
  getLayout: LayoutState;
  getPageHost: PageHost;
  getPageSettings: PageSettings;
  // a frame answers with the count; the background, which only forwards the request, with nothing
  reviewSelection: z.infer<typeof ReviewPageReplySchema>;
  reviewPage: z.infer<typeof ReviewPageReplySchema>;
  getAnalysis: Analysis;
}

/** The data a request of type K answers with (undefined for plain acknowledgements). */
export type ReplyDataFor<K extends string> = K extends keyof ReplyData ? ReplyData[K] : undefined;

/** A successful reply to a request of type K. */
export type MessageOk<K extends string = string> = { ok: true } & (K extends keyof ReplyData
  ? { data: ReplyData[K] }
  : { data?: undefined });

/** A reply to a request of type K: its data, or a typed error. */
export type MessageReply<K extends string = string> = MessageOk<K> | MessageError;

/** Any reply at all (for receivers that do not know the request, e.g. a fuzz test). */
export const MessageReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.optional(z.unknown()) }),
  MessageErrorSchema,
]);

/** The schema a reply is parsed with: `data` by the request's reply schema, or none for an acknowledgement. */
export function replySchema(data?: z.ZodMiniType): z.ZodMiniType<MessageReply> {
  const ok = z.object({ ok: z.literal(true), data: data ?? z.optional(z.undefined()) });
  return z.union([ok, MessageErrorSchema]) as unknown as z.ZodMiniType<MessageReply>;
}
