/** Mount the sidebar in the top document: `<theracode-sidebar>` with an open shadow root (WXT UI). */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar, type SidebarActions, type SidebarLayout } from '../ui/Sidebar';
import type { Watchable } from '../ui/sidebar/use-store';
import { guardMount } from './remount';
import type { SidebarStore } from './store';
import type { MarkRect } from './textarea-mark';

/**
 * Create (but do not yet mount) the sidebar UI; the caller mounts it when a note is in use. If the
 * page deletes the element it is put back (see remount.ts); `restore()` retries on the next result.
 */
export async function createSidebarUi(
  ctx: ContentScriptContext,
  store: SidebarStore,
  layout: SidebarLayout,
  actions: SidebarActions,
  mark: Watchable<MarkRect | null>,
) {
  const ui = await createShadowRootUi(ctx, {
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
  // registered after WXT's own remove-on-invalidate, so a shut-down script never puts the sidebar back
  const guard = guardMount(ui, { observe: document });
  ctx.onInvalidated(guard.stop);
  return Object.assign(ui, { restore: guard.restore });
}
