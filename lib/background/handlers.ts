/** Background handlers: a map from message type to function (not a switch). Transport handed in. */
import type { Analysis } from '../contracts/analysis';
import type { BackgroundRequest, ContentMessage, MessageError } from '../contracts/messages';
import { type Settings, UserSettingsPatchSchema } from '../contracts/settings';
import type { EngineOptions } from '../engine';
import { errorReply, type HandlerMap, type SenderInfo } from '../messaging/receive';
import type { TabNotes } from './notes';
import { reportTruncation } from './truncation';

/** What the handlers need, handed in (engine, transport, per-tab state). */
export interface BackgroundDeps {
  analyze: (text: string, options?: EngineOptions) => Analysis;
  /** Deliver a message to one frame of a tab (frameId 0 is the top frame, where the sidebar lives). */
  sendToFrame: (tabId: number, frameId: number, msg: ContentMessage) => Promise<void>;
  notes: TabNotes;
  /** May be async: settings wait for the first managed-policy read before anything is analysed. */
  engineOptions: () => EngineOptions | Promise<EngineOptions>;
  /** Extension pages wait for the first managed-policy read; content scripts are answered at once. */
  effectiveSettings: (waitForPolicy: boolean) => unknown;
  /** Settings writes (the settings service); absent in tests that only exercise analysis routing. */
  settingsWrites?: SettingsWrites;
}

/** What the settings-write messages need from the settings service. */
export interface SettingsWrites {
  /** Save a validated patch of the user's choices (or, with `replace`, the whole set). */
  setUser: (settings: Partial<Settings>, replace: boolean) => Promise<void>;
  /** Forget which stored keys were reset (the repair notice was read). */
  dismissRepairNotice: () => Promise<void>;
}

/** Only extension pages may write settings: content scripts run in pages an EHR vendor (or an attacker) controls. */
function writesFrom(deps: BackgroundDeps, sender: SenderInfo): SettingsWrites | MessageError {
  if (!sender.fromExtensionPage) return errorReply('forbidden', 'extension pages only');
  return deps.settingsWrites ?? errorReply('internal', 'settings unavailable');
}

/** Build the handler map over the given dependencies. */
export function createHandlers(deps: BackgroundDeps): HandlerMap<BackgroundRequest> {
  return {
    analyzeNote: async (msg, sender) => {
      if (sender.tabId === undefined || sender.frameId === undefined) return errorReply('forbidden', 'not from a tab');
      // not awaited: the sidebar only shows "Analysing…" if the result is slow to follow
      void deps.sendToFrame(sender.tabId, 0, {
        type: 'analysisStarted',
        fieldId: msg.fieldId,
        frameId: sender.frameId,
      });
      const result = deps.analyze(msg.text, await deps.engineOptions());
      const { analysis, text } = reportTruncation(result, msg.text, msg.fullLength);
      deps.notes.set(sender.tabId, { frameId: sender.frameId, fieldId: msg.fieldId, suggested: analysis.suggested });
      await deps.sendToFrame(sender.tabId, 0, {
        type: 'analysisReady',
        fieldId: msg.fieldId,
        frameId: sender.frameId,
        analysis,
        text,
      });
      return { ok: true };
    },
    noteCleared: async (msg, sender) => {
      if (sender.tabId === undefined) return errorReply('forbidden', 'not from a tab');
      const cur = deps.notes.get(sender.tabId);
      if (cur && cur.fieldId === msg.fieldId && cur.frameId === sender.frameId) {
        deps.notes.drop(sender.tabId);
        await deps.sendToFrame(sender.tabId, 0, { type: 'analysisCleared', fieldId: msg.fieldId });
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
      // only the sidebar (the tab's top frame) may point at a field, and only in its own tab
      if (sender.tabId === undefined || sender.frameId !== 0) return errorReply('forbidden', 'top frame only');
      const { fieldId, start, end } = msg;
      await deps.sendToFrame(sender.tabId, msg.frameId, { type: 'highlightField', fieldId, start, end });
      return { ok: true };
    },
    reviewPage: async (msg, sender) => {
      // the popup's "Review this page" names its tab; a content script may not start a review elsewhere
      if (msg.tabId === undefined || !sender.fromExtensionPage) return errorReply('forbidden', 'extension pages only');
      await deps.sendToFrame(msg.tabId, 0, { type: 'reviewPage' });
      return { ok: true };
    },
    getTabState: (msg, sender) => {
      if (!sender.fromExtensionPage) return errorReply('forbidden', 'extension pages only');
      const cur = deps.notes.get(msg.tabId);
      return { ok: true, data: { suggested: cur?.suggested ?? null, hasNote: cur !== undefined } };
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
      await writes.setUser(parsed.data as Partial<Settings>, msg.replace ?? false);
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
