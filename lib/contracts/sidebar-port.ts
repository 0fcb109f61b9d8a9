/**
 * The background → sidebar page port (design.md §3.4): the analysis and the sidebar's own state
 * travel only here, from the worker to the extension page framed in the tab — never through the
 * EHR page or a content script.
 */
import { z } from 'zod/mini';
import { AnalysisSchema } from './analysis';
import { LayoutSchema } from './layout';
import { FieldIdSchema, MAX_MESSAGE_TEXT, PayerSchema } from './messages';

/** background → the tab's sidebar page: the analysis for a field (the sidebar shows the latest). */
export const AnalysisReadySchema = z.object({
  type: z.literal('analysisReady'),
  fieldId: FieldIdSchema,
  frameId: z.number().check(z.int(), z.nonnegative()),
  analysis: AnalysisSchema,
  /** The analysed text, so the sidebar can show evidence snippets; kept in memory only. */
  text: z.string().check(z.maxLength(MAX_MESSAGE_TEXT)),
  /** The frame's host when it differs from the top page's (the sidebar names it); null otherwise. */
  frameHost: z.nullable(z.string().check(z.maxLength(253))),
});
export type AnalysisReady = z.infer<typeof AnalysisReadySchema>;

/** background → the tab's sidebar page: the field's note is gone (cleared, emptied); show the idle state. */
export const AnalysisClearedSchema = z.object({ type: z.literal('analysisCleared'), fieldId: FieldIdSchema });

/** background → the tab's sidebar page: a field's text is being analysed (it says so if that takes a moment). */
export const AnalysisStartedSchema = z.object({
  type: z.literal('analysisStarted'),
  fieldId: FieldIdSchema,
  frameId: z.number().check(z.int(), z.nonnegative()),
});

/** background → the tab's sidebar page, over its runtime port: the first state, then every change. */
export const SidebarInitSchema = z.object({
  type: z.literal('sidebarInit'),
  /** The top page's host (the sidebar names a frame's host when it differs). */
  host: z.string().check(z.maxLength(253)),
  layout: LayoutSchema,
  payer: PayerSchema,
});
export const SidebarLayoutSchema = z.object({ type: z.literal('sidebarLayout'), layout: LayoutSchema });
export const SidebarPayerSchema = z.object({ type: z.literal('sidebarPayer'), payer: PayerSchema });
/** background → sidebar page: the payer the page shows (words and the class they name), or null. */
export const SidebarPagePayerSchema = z.object({
  type: z.literal('sidebarPagePayer'),
  page: z.nullable(z.object({ text: z.string().check(z.maxLength(200)), payer: PayerSchema })),
});

/** Every message the sidebar page accepts on its port. */
export const SidebarPortMessageSchema = z.discriminatedUnion('type', [
  SidebarInitSchema,
  SidebarLayoutSchema,
  SidebarPayerSchema,
  SidebarPagePayerSchema,
  AnalysisReadySchema,
  AnalysisStartedSchema,
  AnalysisClearedSchema,
]);
export type SidebarPortMessage = z.infer<typeof SidebarPortMessageSchema>;

/** The sidebar page's runtime port name (the background accepts it only from sidebar.html in a tab). */
export const SIDEBAR_PORT = 'theracode-sidebar';
