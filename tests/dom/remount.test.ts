// @vitest-environment happy-dom
// The sidebar the page deletes comes back, within a budget, and never after its owner stopped the guard.
import { expect, test } from 'vitest';
import { createSidebarHandlers } from '../../lib/overlay/controller';
import { guardMount, REMOUNT_LIMIT, REMOUNT_WINDOW_MS } from '../../lib/overlay/remount';
import { DEFAULT_LAYOUT } from '../../lib/settings/layout';

/** A stand-in for WXT's shadow-root UI: mount appends the host, remove takes it out and forgets. */
function fakeUi() {
  const shadowHost = document.createElement('theracode-sidebar');
  let mounted: HTMLElement | undefined;
  const calls: string[] = [];
  return {
    shadowHost,
    calls,
    get mounted() {
      return mounted;
    },
    mount() {
      calls.push('mount');
      document.body.append(shadowHost);
      mounted = shadowHost;
    },
    remove() {
      calls.push('remove');
      shadowHost.remove();
      mounted = undefined;
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

test('not mounted yet: nothing to restore, nothing mounted', () => {
  const ui = fakeUi();
  const guard = guardMount(ui, { observe: null });
  expect(guard.detached()).toBe(false);
  expect(guard.restore()).toBe(false);
  expect(ui.calls).toEqual([]);
});

test('deleted by the page: the observer puts it back', async () => {
  const ui = fakeUi();
  const guard = guardMount(ui, { observe: document });
  ui.mount();
  ui.shadowHost.remove();
  await flush();
  expect(ui.shadowHost.isConnected).toBe(true);
  expect(guard.remounts()).toBe(1);
  guard.stop();
});

test(`at most ${REMOUNT_LIMIT} re-mounts per ${REMOUNT_WINDOW_MS / 1000} s; the budget frees as the window moves`, () => {
  let t = 1_000;
  const ui = fakeUi();
  const guard = guardMount(ui, { observe: null, now: () => t });
  ui.mount();
  for (let i = 0; i < REMOUNT_LIMIT; i++) {
    ui.shadowHost.remove();
    t += 100;
    expect(guard.restore()).toBe(true);
  }
  ui.shadowHost.remove();
  t += 100;
  expect(guard.restore()).toBe(false); // the page keeps deleting it: let it
  expect(guard.detached()).toBe(true);
  t = 1_000 + 100 + REMOUNT_WINDOW_MS; // the first re-mount left the window
  expect(guard.restore()).toBe(true);
  expect(guard.remounts()).toBe(REMOUNT_LIMIT + 1);
});

test('a page whose own observer deletes it at once: bounded, no loop', async () => {
  const ui = fakeUi();
  const guard = guardMount(ui, { observe: document });
  let removals = 0;
  const killer = new MutationObserver(() => {
    if (ui.shadowHost.isConnected) {
      ui.shadowHost.remove();
      removals++;
    }
  });
  killer.observe(document.body, { childList: true });
  ui.mount();
  for (let i = 0; i < 20; i++) await flush();
  expect(removals).toBe(REMOUNT_LIMIT + 1);
  expect(guard.remounts()).toBe(REMOUNT_LIMIT);
  killer.disconnect();
  guard.stop();
});

test('stopped (script shut down): a removed sidebar stays removed', async () => {
  const ui = fakeUi();
  const guard = guardMount(ui, { observe: document });
  ui.mount();
  guard.stop();
  ui.shadowHost.remove();
  await flush();
  expect(guard.restore()).toBe(false);
  expect(ui.shadowHost.isConnected).toBe(false);
});

test('the next result puts back a sidebar the observer could not (no observer here)', async () => {
  const ui = fakeUi();
  const guard = guardMount(ui, { observe: null });
  const handlers = createSidebarHandlers(
    Object.assign(ui, { restore: guard.restore, apply: () => undefined }),
    { load: async () => DEFAULT_LAYOUT, update: () => undefined },
    () => ({ side: 'right', sideLocked: false }),
  );
  const sender = { tabId: 1, frameId: 0, fromExtensionPage: false };
  await handlers.showSidebar({ type: 'showSidebar', open: false }, sender);
  expect(ui.calls).toEqual(['mount']);
  ui.shadowHost.remove();
  await handlers.showSidebar({ type: 'showSidebar', open: false }, sender);
  expect(ui.shadowHost.isConnected).toBe(true);
  expect(ui.calls).toEqual(['mount', 'remove', 'mount']);
});
