/** Defaults: what a fresh install does before anyone chooses anything. */
import { CODES } from '../contracts/codes';
import type { EffectiveValues, Settings } from '../contracts/settings';

/** The user-settable defaults (CMS rule because Medicare's 8-minute rule is the common strict case). */
export const DEFAULT_SETTINGS: Settings = {
  unitRule: 'cms',
  discipline: 'detect',
  sites: { mode: 'all', allow: [], deny: [] },
  autoOpen: true,
  sidebarSide: 'right',
  enabledCodes: [...CODES],
  uncertainBelow: 60,
  vocabulary: [],
  ignoreTerms: [],
  theme: 'system',
  crossSiteFrames: [],
};

/** Policy-only keys when no policy sets them: nothing forced, nothing narrowed. */
export const NO_POLICY_VALUES: Pick<
  EffectiveValues,
  'orgName' | 'siteAllowList' | 'ruleByPayer' | 'disableCopy' | 'noteRegions' | 'payerOnPage'
> = {
  orgName: null,
  siteAllowList: null,
  ruleByPayer: {},
  disableCopy: false,
  noteRegions: [],
  payerOnPage: [],
};
