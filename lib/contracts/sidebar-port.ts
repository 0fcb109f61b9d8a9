/**
 * The background → sidebar page port (design.md §3.4): the analysis and the sidebar's own state
 * travel only here, from the worker to the extension page framed in the tab — never through the
 * EHR page or a content script.
 */
import { z } from 'zod/mini';
import { type Analysis, AnalysisSchema } from './analysis';
import { LayoutSchema } from './layout';
import { FieldIdSchema, MAX_MESSAGE_TEXT, PayerSchema } from './messages';

/** How many interventions the sidebar lists before its "Show all" button. */
export const FIRST_INTERVENTIONS = 25;

/**
 * What the sidebar page is sent of an analysis. A note with more interventions than the sidebar
 * lists at first gets a partial view: every field of the Analysis, but `segments` holds only the
 * first FIRST_INTERVENTIONS segments that have a code (indices in `missing` and `flags` still count
 * the whole list; the sidebar does not follow them), and `partial.coded` says how many there are.
 * The rest stays in the worker until the sidebar asks for it (getAnalysis). Why: a 40 KB note's
 * whole analysis is about 350 KB of JSON (522 segments with their evidence) and its trip to the
 * sidebar cost more than the engine; the view is about a tenth of it. Any other note is sent whole.
 */
export const AnalysisViewSchema = z.extend(AnalysisSchema, {
  partial: z.optional(z.nullable(z.object({ coded: z.number().check(z.int(), z.nonnegative()) }))),
});
export type AnalysisView = z.infer<typeof AnalysisViewSchema>;

/** The view of `analysis` the sidebar page is sent (the analysis itself when the sidebar would list all of it). */
export function analysisView(analysis: Analysis, limit = FIRST_INTERVENTIONS): AnalysisView {
  const coded = analysis.segments.filter((s) => s.code !== null);
  if (coded.length <= limit) return analysis;
  return { ...analysis, segments: coded.slice(0, limit), partial: { coded: coded.length } };
}

/** background → the tab's sidebar page: the analysis for a field (the sidebar shows the latest). */
export const AnalysisReadySchema = z.object({
  type: z.literal('analysisReady'),
  fieldId: FieldIdSchema,
  frameId: z.number().check(z.int(), z.nonnegative()),
  analysis: AnalysisViewSchema,
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

/**
 * The sidebar page's check of what arrived on its port: the schema, or null (dropped). The message
 * goes as an object: sending it as one JSON string instead was measured slower (Chromium escapes and
 * copies the string again, and the page parses it twice).
 */
export function decodeSidebarPortMessage(raw: unknown): SidebarPortMessage | null {
  const parsed = SidebarPortMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * background → every extension page (runtime.sendMessage): a tab's result or question found no
 * sidebar port, so sidebar pages without a port should open one (they do not reopen one by
 * themselves: that kept waking the idle worker). Carries nothing else.
 */
export const SidebarWantedSchema = z.object({ type: z.literal('sidebarWanted') });

/** The sidebar page's runtime port name (the background accepts it only from sidebar.html in a tab). */
export const SIDEBAR_PORT = 'theracode-sidebar';
