/** Background handlers: a map from message type to function (not a switch). Transport handed in. */
import type { Analysis } from '../contracts/analysis';
import type { BackgroundRequest, ContentMessage, MessageError } from '../contracts/messages';
import {
  type EffectiveSettings,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  UserSettingsPatchSchema,
} from '../contracts/settings';
import type { EngineOptions } from '../engine';
import { errorReply, type HandlerMap, type SenderInfo } from '../messaging/receive';
import { stepMark } from '../messaging/step-marks';
import { isReviewField } from '../review/source';
import { cleanPayerText, payerFromText, payerRuleFor } from '../settings/payer-page';
import { frameAllowed, isSiteAllowed, normalizeHost, regionSelectorFor } from '../settings/site-gate';
import { createLatestOnly } from './latest-only';
import type { TabNotes } from './notes';
import type { SidebarHub } from './sidebars';
import { reportTruncation } from './truncation';

/** What the handlers need, handed in (engine, transport, per-tab state). */
export interface BackgroundDeps {
  analyze: (text: string, options?: EngineOptions) => Analysis;
  /** Deliver a message to one frame of a tab (frameId 0 is the top frame, which hosts the sidebar). */
  sendToFrame: (tabId: number, frameId: number, msg: ContentMessage) => Promise<void>;
  notes: TabNotes;
  /** Each tab's sidebar page, layout and payer. */
  sidebars: SidebarHub;
  /** May be async: settings wait for the first managed-policy read before anything is analysed. */
  engineOptions: () => EngineOptions | Promise<EngineOptions>;
  /** Extension pages wait for the first managed-policy read; content scripts are answered at once. */
  effectiveSettings: (waitForPolicy: boolean) => EffectiveSettings | Promise<EffectiveSettings>;
  /** Settings writes (the settings service); absent in tests that only exercise analysis routing. */
  settingsWrites?: SettingsWrites;
}

/** What the settings-write messages need from the settings service. */
export interface SettingsWrites {
  /** Save a validated patch of the user's choices (or, with `replace`, the whole set); `reset` keys go back to defaults. */
  setUser: (settings: Partial<Settings>, replace: boolean, reset?: SettingKey[]) => Promise<void>;
  /** Forget which stored keys were reset (the repair notice was read). */
  dismissRepairNotice: () => Promise<void>;
}

/** Only extension pages may write settings: content scripts run in pages an EHR vendor (or an attacker) controls. */
function writesFrom(deps: BackgroundDeps, sender: SenderInfo): SettingsWrites | MessageError {
  if (!sender.fromExtensionPage) return errorReply('forbidden', 'extension pages only');
  return deps.settingsWrites ?? errorReply('internal', 'settings unavailable');
}

/** The hostname of an origin ('' for an opaque or unparsable one). */
function hostOfOrigin(origin: string | undefined): string {
  if (!origin || origin === 'null') return '';
  try {
    return normalizeHost(new URL(origin).hostname);
  } catch {
    return '';
  }
}

/** A tab's content script (not an extension page) in a known frame. */
function fromTab(sender: SenderInfo): sender is SenderInfo & { tabId: number; frameId: number } {
  return !sender.fromExtensionPage && sender.tabId !== undefined && sender.frameId !== undefined;
}

/** Build the handler map over the given dependencies. */
export function createHandlers(deps: BackgroundDeps): HandlerMap<BackgroundRequest> {
  const { sidebars } = deps;
  // One analysis per frame at a time, and only the newest text waits behind it (a frame that
  // re-sends a huge note many times a second costs one analysis per pass, not one per message).
  const latest = createLatestOnly();

  /** Where a note from this frame may be shown: its host when it differs from the top page's; null when not at all. */
  const noteSource = async (
    tabId: number,
    frameId: number,
    origin: string | undefined,
  ): Promise<{ frameHost: string | null } | null> => {
    const host = hostOfOrigin(origin);
    if (frameId === 0) {
      if (host) sidebars.setHost(tabId, host);
      return { frameHost: null };
    }
    const top = await sidebars.hostOf(tabId);
    if (!top) return null;
    const allowed = frameAllowed(top, host, (await deps.effectiveSettings(false)).values.crossSiteFrames);
    if (!allowed) return null;
    return { frameHost: host === normalizeHost(top) ? null : host };
  };

  return {
    analyzeNote: async (msg, sender) => {
      stepMark('sw:received');
      if (!fromTab(sender)) return errorReply('forbidden', 'not from a tab');
      const { tabId, frameId } = sender;
      // the browser's word for the frame's origin; the script's own only where the browser gives none (Firefox, about:blank)
      const origin = sender.origin && sender.origin !== 'null' ? sender.origin : msg.origin;
      const source = await noteSource(tabId, frameId, origin);
      if (!source) return errorReply('forbidden', 'a frame of another site');
      // a request replaced by newer text from the same frame is answered ok: the newer one is what counts
      await latest(`${tabId}:${frameId}`, async () => {
        // the sidebar only shows "Analysing…" if the result is slow to follow
        stepMark('sw:start');
        sidebars.post(tabId, { type: 'analysisStarted', fieldId: msg.fieldId, frameId });
        const result = deps.analyze(msg.text, await deps.engineOptions());
        stepMark('sw:analysed');
        const { analysis, text } = reportTruncation(result, msg.text, msg.fullLength);
        deps.notes.set(tabId, { frameId, fieldId: msg.fieldId, suggested: analysis.suggested });
        sidebars.post(tabId, { type: 'analysisReady', fieldId: msg.fieldId, frameId, analysis, text, ...source });
        stepMark('sw:posted');
        const payerRule = payerRuleFor(
          (await deps.effectiveSettings(true)).values.payerOnPage,
          (await sidebars.hostOf(tabId)) ?? '',
        );
        await deps.sendToFrame(tabId, 0, {
          type: 'showSidebar',
          open: isReviewField(msg.fieldId),
          payerSelector: payerRule?.selector ?? null,
        });
      });
      return { ok: true };
    },
    noteCleared: async (msg, sender) => {
      if (!fromTab(sender)) return errorReply('forbidden', 'not from a tab');
      const cur = deps.notes.get(sender.tabId);
      if (cur && cur.fieldId === msg.fieldId && cur.frameId === sender.frameId) {
        deps.notes.drop(sender.tabId);
        sidebars.post(sender.tabId, { type: 'analysisCleared', fieldId: msg.fieldId });
      }
      return { ok: true };
    },
    getEffectiveSettings: async (_msg, sender) => ({
      ok: true,
      data: await deps.effectiveSettings(sender.fromExtensionPage),
    }),
    toggleSidebar: async (msg, sender) => {
      const tabId = msg.tabId ?? sender.tabId;
      if (tabId === undefined) return errorReply('malformed', 'no tab');
      if (msg.tabId !== undefined && !sender.fromExtensionPage) return errorReply('forbidden', 'extension pages only');
      await deps.sendToFrame(tabId, 0, { type: 'toggleSidebar' });
      return { ok: true };
    },
    highlightSegment: async (msg, sender) => {
      // only the tab's own sidebar page may point at a field, and only in its own tab
      if (!sender.fromSidebar || sender.tabId === undefined) return errorReply('forbidden', 'sidebar only');
      const { fieldId, start, end } = msg;
      await deps.sendToFrame(sender.tabId, msg.frameId, { type: 'highlightField', fieldId, start, end });
      return { ok: true };
    },
    getAnalysis: (msg, sender) => {
      // the analysis quotes the note: only the tab's own sidebar page gets it, and only its own tab's
      if (!sender.fromSidebar || sender.tabId === undefined) return errorReply('forbidden', 'sidebar only');
      const analysis = sidebars.analysisFor(sender.tabId, msg.noteHash);
      return analysis ? { ok: true, data: analysis } : errorReply('internal', 'stale');
    },
    resendNote: async (msg, sender) => {
      // only the tab's own sidebar page, and only to a frame of its own tab
      if (!sender.fromSidebar || sender.tabId === undefined) return errorReply('forbidden', 'sidebar only');
      await deps.sendToFrame(sender.tabId, msg.frameId, msg);
      return { ok: true };
    },
    reviewPage: async (msg, sender) => {
      // the popup's "Review this page" names its tab; a content script may not start a review elsewhere
      if (msg.tabId === undefined || !sender.fromExtensionPage) return errorReply('forbidden', 'extension pages only');
      await deps.sendToFrame(msg.tabId, 0, { type: 'reviewPage' });
      return { ok: true, data: undefined };
    },
    getPageSettings: async (msg, sender) => {
      // the browser's word for the frame's host; the script's own only where the browser gives none
      const host = hostOfOrigin(sender.origin) || normalizeHost(msg.host);
      const { values, lockedKeys } = await deps.effectiveSettings(false);
      return {
        ok: true,
        data: {
          active: isSiteAllowed(values, host),
          side: values.sidebarSide,
          sideLocked: lockedKeys.includes('sidebarSide'),
          noteRegion: regionSelectorFor(values.noteRegions, host),
        },
      };
    },
    getTabState: (msg, sender) => {
      if (!sender.fromExtensionPage) return errorReply('forbidden', 'extension pages only');
      const cur = deps.notes.get(msg.tabId);
      // a worker that restarted knows no note; the tab's sidebar page (if open) sends it again once woken
      if (!cur) sidebars.wakeIfUnknown(msg.tabId);
      return { ok: true, data: { suggested: cur?.suggested ?? null, hasNote: cur !== undefined } };
    },
    getLayout: async (_msg, sender) => {
      if (!fromTab(sender) || sender.frameId !== 0) return errorReply('forbidden', 'top frame only');
      const host = hostOfOrigin(sender.origin);
      if (host) sidebars.setHost(sender.tabId, host);
      return { ok: true, data: await sidebars.layoutOf(sender.tabId) };
    },
    updateLayout: async (msg, sender) => {
      // the tab's sidebar page (its controls) or its top frame (the toggle command); never another frame
      const topFrame = fromTab(sender) && sender.frameId === 0;
      if (!(sender.fromSidebar || topFrame) || sender.tabId === undefined)
        return errorReply('forbidden', 'sidebar only');
      await sidebars.updateLayout(sender.tabId, msg.patch);
      return { ok: true };
    },
    setPayer: async (msg, sender) => {
      if (!sender.fromSidebar || sender.tabId === undefined) return errorReply('forbidden', 'sidebar only');
      sidebars.setPayer(sender.tabId, msg.payer);
      return { ok: true };
    },
    pagePayer: async (msg, sender) => {
      if (!fromTab(sender) || sender.frameId !== 0) return errorReply('forbidden', 'top frame only');
      const { values } = await deps.effectiveSettings(true);
      const rule = payerRuleFor(values.payerOnPage, hostOfOrigin(sender.origin));
      const text = rule && msg.text !== null ? cleanPayerText(msg.text) : '';
      sidebars.setPagePayer(sender.tabId, text && rule ? { text, payer: payerFromText(text, rule.words) } : null);
      return { ok: true };
    },
    setUserSettings: async (msg, sender) => {
      const writes = writesFrom(deps, sender);
      if ('ok' in writes) return writes;
      const parsed = UserSettingsPatchSchema.safeParse(msg.settings);
      if (!parsed.success) {
        // name the key, never the value (a site list may be an internal hostname)
        const issue = parsed.error.issues[0];
        const key = issue?.code === 'unrecognized_keys' ? 'unknown key' : String(issue?.path[0] ?? 'settings');
        return errorReply('malformed', `settings.${key.slice(0, 40)}: invalid`);
      }
      const reset = msg.reset ?? [];
      if (reset.some((k) => !(SETTING_KEYS as string[]).includes(k)))
        return errorReply('malformed', 'reset: unknown key');
      if (reset.length === 0) await writes.setUser(parsed.data as Partial<Settings>, msg.replace ?? false);
      else await writes.setUser(parsed.data as Partial<Settings>, msg.replace ?? false, reset as SettingKey[]);
      return { ok: true };
    },
    dismissRepairNotice: async (_msg, sender) => {
      const writes = writesFrom(deps, sender);
      if ('ok' in writes) return writes;
      await writes.dismissRepairNotice();
      return { ok: true };
    },
  };
}
