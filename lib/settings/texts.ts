/**
 * Every setting's words, written once: the options page's label and help, the short name the repair
 * notice uses, and what a policy value must be (admin warnings and managed_schema.json descriptions).
 */
import type { PolicyKey, SettingKey } from '../contracts/settings';

/** What a user-settable key is called and how it is explained. */
export interface SettingText {
  label: string;
  help: string;
  /** The short name in running text ("…were reset to defaults: unit rule"). */
  name: string;
  expects: string;
}

/** The user-settable keys. */
export const SETTING_TEXT: Record<SettingKey, SettingText> = {
  unitRule: {
    label: 'Unit rule',
    help: 'How minutes become billable units. Medicare (and most Medicaid plans) use the CMS 8-minute rule, which adds up all timed minutes first; many commercial payers follow the AMA rule, which looks at each code on its own.',
    name: 'unit rule',
    expects: 'one of "cms", "ama", "both"',
  },
  discipline: {
    label: 'Discipline',
    help: "Whether your notes are physical or occupational therapy notes. 'Work it out from the note' is right for most people.",
    name: 'discipline',
    expects: 'one of "PT", "OT", "detect"',
  },
  sites: {
    label: 'Sites',
    help: 'TheraCode reads the note you type only on these sites. Write one site per line, like ehr.clinic.example, or *.clinic.example for every site under clinic.example.',
    name: 'sites',
    expects: 'an object {mode: "all"|"allowList", allow: [host patterns], deny: [host patterns]}',
  },
  autoOpen: {
    label: 'Open automatically',
    help: 'Open the sidebar as soon as you type a note. Turn off to open it only from the toolbar button.',
    name: 'open automatically',
    expects: 'true or false',
  },
  sidebarSide: {
    label: 'Sidebar side',
    help: 'Which edge of the window the sidebar sits on.',
    name: 'sidebar side',
    expects: 'one of "right", "left"',
  },
  enabledCodes: {
    label: 'Codes to suggest',
    help: 'TheraCode only suggests the codes ticked here. Untick codes your clinic never bills.',
    name: 'codes to suggest',
    expects: 'a list of codes among 97530, 97110, 97112, 97535, 97116, 97140, 97150',
  },
  uncertainBelow: {
    label: 'Mark suggestions as uncertain below',
    help: 'When the sidebar shows a code as less sure than this percentage, it says the code is uncertain so you double-check it. 60 is a good start.',
    name: 'uncertainty threshold',
    expects: 'a percentage from 0 to 100 (e.g. 70)',
  },
  vocabulary: {
    label: 'Clinic vocabulary',
    help: "Activities your clinic names its own way, one per line with the code they belong to, e.g. 'ladder drill = 97112'.",
    name: 'clinic vocabulary',
    expects: 'a list of {term, code} with a non-empty term (up to 100 characters) and one of the seven codes',
  },
  ignoreTerms: {
    label: 'Words to ignore',
    help: 'Words or phrases TheraCode should skip, such as boilerplate from your note template. One per line.',
    name: 'ignored words',
    expects: 'a list of non-empty words or phrases (up to 100 characters each)',
  },
  theme: {
    label: 'Colours',
    help: "Follow your computer's light or dark mode, or pick one.",
    name: 'theme',
    expects: 'one of "system", "light", "dark"',
  },
  crossSiteFrames: {
    label: 'Notes in frames from other sites',
    help: 'TheraCode shows a note typed in a frame of another site than the page (a portal framing your EHR) only for the sites listed here. Write one site per line, like ehr.vendor.example.',
    name: "notes from other sites' frames",
    expects: 'a list of host patterns of other sites whose framed notes may be shown, such as "ehr.vendor.example"',
  },
};

/** What each policy key expects, in words an admin can act on (policy-only keys included). */
export const POLICY_EXPECTS: Record<PolicyKey, string> = {
  ...(Object.fromEntries(Object.entries(SETTING_TEXT).map(([k, t]) => [k, t.expects])) as Record<SettingKey, string>),
  orgName: 'text of up to 80 characters',
  siteAllowList: 'a list of host patterns such as "ehr.clinic.example" or "*.clinic.example"',
  ruleByPayer: 'an object mapping medicare/medicaid/commercial/workersComp/selfPay to "cms" or "ama"',
  disableCopy: 'true or false',
  noteRegions: 'a list of {host, selector}: a host pattern and the CSS selector of the note region on that host',
  payerOnPage:
    'a list of {host, selector, words: [{match, payer}]}: where an EHR host shows the payer (a CSS selector) and which words mean which payer class',
};
