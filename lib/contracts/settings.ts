/**
 * Settings and managed policy (design.md §3.5): ONE zod schema. User-settable keys, policy-only
 * keys, the policy (everything optional) and the effective settings sent to UIs all derive from
 * the shapes below; the managed_schema.json that Chromium enforces is generated from them too.
 * zod/mini keeps the content-script bundle small.
 */
import { z } from 'zod/mini';
import { CodeSchema } from './codes';
import { PAYER_CLASSES } from './payer';

/**
 * A site pattern: `clinic.example` (that host only) or `*.clinic.example` (the domain and all its
 * subdomains). Hostnames only — no scheme, port or path — so therapists and admins write the same thing.
 */
export const HOST_PATTERN = '^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$';
export const HostPatternSchema = z.string().check(z.maxLength(253), z.regex(new RegExp(HOST_PATTERN)));

export const UnitRuleSchema = z.enum(['cms', 'ama', 'both']);
export type UnitRule = z.infer<typeof UnitRuleSchema>;

export { PAYER_CLASSES, type PayerClass } from './payer';

const PayerRuleSchema = z.optional(z.enum(['cms', 'ama']));

/** Forced unit rule per payer class, e.g. {medicare: 'cms', commercial: 'ama'}. */
export const RuleByPayerSchema = z.object({
  medicare: PayerRuleSchema,
  medicaid: PayerRuleSchema,
  commercial: PayerRuleSchema,
  workersComp: PayerRuleSchema,
  selfPay: PayerRuleSchema,
});
export type RuleByPayer = z.infer<typeof RuleByPayerSchema>;

/**
 * Where an EHR shows the payer (policy only): for pages of `host`, the text of the element at
 * `selector` (that element's text, nothing else of the page) names the payer; `words` say which
 * words mean which payer class (the longest word found wins: "Medicare Advantage" over "Medicare").
 */
export const PayerOnPageSchema = z.object({
  host: HostPatternSchema,
  selector: z.string().check(z.minLength(1), z.maxLength(300)),
  words: z
    .array(z.object({ match: z.string().check(z.minLength(1), z.maxLength(100)), payer: z.enum(PAYER_CLASSES) }))
    .check(z.maxLength(100)),
});
export type PayerOnPage = z.infer<typeof PayerOnPageSchema>;

/** Where the sidebar may run: everywhere (minus `deny`) or only on `allow` (minus `deny`). */
export const SitesSchema = z.object({
  mode: z.enum(['all', 'allowList']),
  allow: z.array(HostPatternSchema),
  deny: z.array(HostPatternSchema),
});
export type Sites = z.infer<typeof SitesSchema>;

const TermSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** Where the note is on an EHR host: a CSS selector whose matches together hold the note's fields. */
export const NoteRegionSchema = z.object({
  host: HostPatternSchema,
  selector: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type NoteRegion = z.infer<typeof NoteRegionSchema>;

/** Keys a therapist may set in the options page (and an admin may force by policy). */
export const USER_SHAPE = {
  unitRule: UnitRuleSchema,
  discipline: z.enum(['PT', 'OT', 'detect']),
  sites: SitesSchema,
  autoOpen: z.boolean(),
  sidebarSide: z.enum(['right', 'left']),
  enabledCodes: z.array(CodeSchema),
  /** A percentage, 0–100, on the sidebar's "% sure" scale (policy, storage and Settings alike). */
  uncertainBelow: z.number().check(z.gte(0), z.lte(100)),
  vocabulary: z.array(z.object({ term: TermSchema, code: CodeSchema })),
  ignoreTerms: z.array(TermSchema),
  theme: z.enum(['system', 'light', 'dark']),
  /** Hosts of other sites whose framed notes the sidebar may show (a portal framing an EHR). */
  crossSiteFrames: z.array(HostPatternSchema),
};

/** Keys only managed policy can set. */
export const POLICY_ONLY_SHAPE = {
  orgName: z.string().check(z.maxLength(80)),
  siteAllowList: z.array(HostPatternSchema),
  ruleByPayer: RuleByPayerSchema,
  disableCopy: z.boolean(),
  noteRegions: z.array(NoteRegionSchema),
  payerOnPage: z.array(PayerOnPageSchema).check(z.maxLength(50)),
};

/** The user's complete settings. */
export const SettingsSchema = z.object(USER_SHAPE);
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(USER_SHAPE) as SettingKey[];

/** Some of the user's settings, nothing else (a save, an import): unknown keys are refused, not dropped. */
export const UserSettingsPatchSchema = z.partial(z.strictObject(USER_SHAPE));

/** A managed policy: every key optional; Chromium enforces the generated JSON form of this. */
export const PolicySchema = z.partial(z.object({ ...USER_SHAPE, ...POLICY_ONLY_SHAPE }));
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyKey = keyof Policy;
export const POLICY_KEYS = [...SETTING_KEYS, ...Object.keys(POLICY_ONLY_SHAPE)] as PolicyKey[];

/** What is in force: settings plus the policy-only values (null / empty when no policy sets them). */
export const EffectiveValuesSchema = z.object({
  ...USER_SHAPE,
  orgName: z.nullable(z.string()),
  siteAllowList: z.nullable(z.array(z.string())),
  ruleByPayer: RuleByPayerSchema,
  disableCopy: z.boolean(),
  noteRegions: z.array(NoteRegionSchema),
  payerOnPage: z.array(PayerOnPageSchema),
});
export type EffectiveValues = z.infer<typeof EffectiveValuesSchema>;

/**
 * The reply to getEffectiveSettings: values, which keys policy locked, admin-facing warnings, and
 * which stored keys were invalid and reset to defaults (until the notice is dismissed).
 */
export const EffectiveSettingsSchema = z.object({
  values: EffectiveValuesSchema,
  lockedKeys: z.array(z.string()),
  policyWarnings: z.array(z.string()),
  resetKeys: z.array(z.string()),
});
export type EffectiveSettings = z.infer<typeof EffectiveSettingsSchema>;

/** The top frame's answer to getPageHost. */
export const PageHostSchema = z.object({ host: z.string(), active: z.boolean() });
export type PageHost = z.infer<typeof PageHostSchema>;
