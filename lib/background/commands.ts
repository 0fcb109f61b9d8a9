/** Keyboard commands (manifest `commands`): routed to the active tab's top frame like any other message. */
import type { ContentMessage } from '../contracts/messages';

/** The manifest command that shows or hides the sidebar. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

/** Handle a command for the active tab; unknown commands are ignored. */
export async function handleCommand(
  command: string,
  activeTabId: () => Promise<number | undefined>,
  sendToFrame: (tabId: number, frameId: number, msg: ContentMessage) => Promise<void>,
): Promise<void> {
  if (command !== TOGGLE_SIDEBAR_COMMAND) return;
  const tabId = await activeTabId();
  if (tabId !== undefined) await sendToFrame(tabId, 0, { type: 'toggleSidebar' });
}
