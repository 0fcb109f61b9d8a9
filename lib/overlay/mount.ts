/** Mount the sidebar in the top document: `<theracode-sidebar>` with an open shadow root (WXT UI). */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar, type SidebarActions, type SidebarLayout } from '../ui/Sidebar';
import type { Watchable } from '../ui/sidebar/use-store';
import type { SidebarStore } from './store';
import type { MarkRect } from './textarea-mark';

/** Create (but do not yet mount) the sidebar UI; the caller mounts it when a note is in use. */
export function createSidebarUi(
  ctx: ContentScriptContext,
  store: SidebarStore,
  layout: SidebarLayout,
  actions: SidebarActions,
  mark: Watchable<MarkRect | null>,
) {
  return createShadowRootUi(ctx, {
    name: 'theracode-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    // keep page keystrokes from reaching the page while the user works in the sidebar
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => {
      render(h(Sidebar, { store, layout, actions, mark }), container);
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
}
