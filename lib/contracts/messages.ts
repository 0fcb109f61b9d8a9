/**
 * The protocol map (design.md §3.4): every message between extension contexts, one zod schema
 * each. Both ends parse with these; a malformed message gets a typed error and is dropped.
 */
import { z } from 'zod/mini';
import { AnalysisSchema } from './analysis';

/** Notes longer than this are cut before analysis (the Analysis then carries a truncation flag). */
export const MAX_MESSAGE_TEXT = 2_000_000;

export const FieldIdSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** content script (any frame) → background: analyse this field's text. */
export const AnalyzeNoteSchema = z.object({
  type: z.literal('analyzeNote'),
  fieldId: FieldIdSchema,
  text: z.string().check(z.maxLength(MAX_MESSAGE_TEXT * 4)),
  url: z.string().check(z.maxLength(4096)),
  /** The field's real length when `text` was cut before sending (so the sidebar can say how much was analysed). */
  fullLength: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type AnalyzeNote = z.infer<typeof AnalyzeNoteSchema>;

/** content script → background: the note field in this frame was cleared or left the page. */
export const NoteClearedSchema = z.object({ type: z.literal('noteCleared'), fieldId: FieldIdSchema });
export type NoteCleared = z.infer<typeof NoteClearedSchema>;

/** background → top frame: the analysis for a field (the sidebar shows the latest). */
export const AnalysisReadySchema = z.object({
  type: z.literal('analysisReady'),
  fieldId: FieldIdSchema,
  frameId: z.number().check(z.int(), z.nonnegative()),
  analysis: AnalysisSchema,
  /** The analysed text, so the top frame can show evidence snippets; kept in memory only. */
  text: z.string(),
});
export type AnalysisReady = z.infer<typeof AnalysisReadySchema>;

/** background → top frame: the field's note is gone (cleared, emptied); show the idle state. */
export const AnalysisClearedSchema = z.object({ type: z.literal('analysisCleared'), fieldId: FieldIdSchema });

/** background → top frame: a field's text is being analysed (the sidebar says so if it takes a moment). */
export const AnalysisStartedSchema = z.object({
  type: z.literal('analysisStarted'),
  fieldId: FieldIdSchema,
  frameId: z.number().check(z.int(), z.nonnegative()),
});

const offset = z.number().check(z.int(), z.nonnegative());

/** top frame (sidebar) → background: show this stretch of the note in the frame that holds the field. */
export const HighlightSegmentSchema = z.object({
  type: z.literal('highlightSegment'),
  fieldId: FieldIdSchema,
  frameId: z.number().check(z.int(), z.nonnegative()),
  start: offset,
  end: offset,
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
 * `replace` the whole set, as an import does). Accepted only from extension pages; the handler
 * validates `settings` with the settings schema (design.md §3.4/§3.5).
 */
export const SetUserSettingsSchema = z.object({
  type: z.literal('setUserSettings'),
  settings: z.record(z.string(), z.unknown()),
  replace: z.optional(z.boolean()),
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

/** Every message the background accepts. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  AnalyzeNoteSchema,
  NoteClearedSchema,
  GetEffectiveSettingsSchema,
  ToggleSidebarSchema,
  GetTabStateSchema,
  HighlightSegmentSchema,
  SetUserSettingsSchema,
  DismissRepairNoticeSchema,
  ReviewPageSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** Every message a content script accepts. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  AnalysisReadySchema,
  AnalysisClearedSchema,
  SettingsChangedSchema,
  ToggleSidebarSchema,
  AnalysisStartedSchema,
  HighlightFieldSchema,
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

/** A successful reply. */
export const MessageOkSchema = z.object({ ok: z.literal(true), data: z.optional(z.unknown()) });
export type MessageReply = z.infer<typeof MessageErrorSchema> | z.infer<typeof MessageOkSchema>;

/** Any reply. */
export const MessageReplySchema = z.union([MessageOkSchema, MessageErrorSchema]);
