/** Keyboard commands (manifest `commands`): a map from command name to what it sends to the tab. */
import type { ContentMessage } from '../contracts/messages';

/** The manifest command that shows or hides the sidebar. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';
/** The manifest command that analyses the selected text (review mode). */
export const REVIEW_SELECTION_COMMAND = 'review-selection';

/** How commands reach a tab: one frame, or every frame (the transport is handed in). */
export interface CommandTransport {
  sendToFrame: (tabId: number, frameId: number, msg: ContentMessage) => Promise<void>;
  sendToAllFrames: (tabId: number, msg: ContentMessage) => Promise<void>;
}

const COMMANDS: Record<string, (tabId: number, t: CommandTransport) => Promise<void>> = {
  [TOGGLE_SIDEBAR_COMMAND]: (tabId, t) => t.sendToFrame(tabId, 0, { type: 'toggleSidebar' }),
  // A command does not say which frame holds the selection: ask them all; frames with one answer.
  [REVIEW_SELECTION_COMMAND]: (tabId, t) => t.sendToAllFrames(tabId, { type: 'reviewSelection', everyFrame: true }),
};

/** Handle a command for the active tab; unknown commands are ignored. */
export async function handleCommand(
  command: string,
  activeTabId: () => Promise<number | undefined>,
  transport: CommandTransport,
): Promise<void> {
  const run = COMMANDS[command];
  if (!run) return;
  const tabId = await activeTabId();
  if (tabId !== undefined) await run(tabId, transport);
}
