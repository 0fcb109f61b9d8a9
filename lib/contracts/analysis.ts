/**
 * The Analysis contract (design.md §3.1): what the engine returns, everywhere it runs.
 * zod/mini keeps the content-script bundle small; the API is functional (`z.nullable(x)`).
 */
import { z } from 'zod/mini';
import { CodeSchema } from './codes';

const offset = z.number().check(z.int(), z.nonnegative());
const score = z.number().check(z.gte(0), z.lte(1));

export const SegmentStatusSchema = z.enum(['performed', 'negated', 'planned', 'history', 'goal', 'other']);
export type SegmentStatus = z.infer<typeof SegmentStatusSchema>;

export const EvidenceKindSchema = z.enum(['activity', 'purpose', 'skill', 'context', 'time']);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

export const EvidenceSchema = z.object({ start: offset, end: offset, ruleId: z.string(), kind: EvidenceKindSchema });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const AlternativeSchema = z.object({ code: CodeSchema, score });
export type Alternative = z.infer<typeof AlternativeSchema>;

export const SegmentSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  status: SegmentStatusSchema,
  code: z.nullable(CodeSchema),
  alternatives: z.array(AlternativeSchema),
  confidence: score,
  minutes: z.nullable(z.number()),
  evidence: z.array(EvidenceSchema),
  why: z.string(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const UnitsSchema = z.object({ cms: offset, ama: offset });
export type Units = z.infer<typeof UnitsSchema>;

export const CodeLineSchema = z.object({
  code: CodeSchema,
  minutes: z.nullable(z.number()),
  timed: z.boolean(),
  units: UnitsSchema,
});
export type CodeLine = z.infer<typeof CodeLineSchema>;

export const ELEMENTS = [
  'minutes',
  'activity',
  'body-region',
  'purpose',
  'dosage',
  'skilled-input',
  'response',
] as const;
export const ElementSchema = z.enum(ELEMENTS);
export type Element = z.infer<typeof ElementSchema>;

export const MissingSchema = z.object({
  code: CodeSchema,
  element: ElementSchema,
  segment: offset,
  message: z.string(),
  hint: z.string(),
});
export type Missing = z.infer<typeof MissingSchema>;

export const FlagSchema = z.object({
  id: z.string(),
  severity: z.enum(['info', 'warning']),
  message: z.string(),
  segments: z.array(offset),
});
export type Flag = z.infer<typeof FlagSchema>;

export const AnalysisSchema = z.object({
  schemaVersion: z.literal(1),
  rulesetVersion: z.string().check(z.regex(/^\d{4}\.\d{2}\.\d+$/)),
  noteHash: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  segments: z.array(SegmentSchema),
  codes: z.array(CodeLineSchema),
  totals: z.object({
    timedMinutes: z.number().check(z.nonnegative()),
    statedTimedMinutes: z.nullable(z.number()),
    units: UnitsSchema,
  }),
  suggested: z.nullable(CodeSchema),
  missing: z.array(MissingSchema),
  flags: z.array(FlagSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
