/** Accept the sidebar page's runtime port, and only from sidebar.html framed in a tab; hand it to the hub. */
import type { Browser } from 'wxt/browser';
import { SIDEBAR_PORT } from '../contracts/sidebar-port';
import { senderInfo } from '../messaging/runtime';
import type { SidebarHub } from './sidebars';

/** The runtime.onConnect listener's body. */
export function acceptSidebarPort(port: Browser.runtime.Port, hub: SidebarHub, ownId: string): void {
  if (port.name !== SIDEBAR_PORT || !port.sender) return;
  const info = senderInfo(port.sender, ownId);
  // the sender facts come from the browser, not from the page: only our own sidebar page in a tab passes
  if (!info.fromSidebar || info.tabId === undefined) {
    port.disconnect();
    return;
  }
  void hub.connect(info.tabId, port);
}
