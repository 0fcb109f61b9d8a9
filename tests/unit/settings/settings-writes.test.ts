/** setUserSettings / dismissRepairNotice: extension pages only, values validated with the settings schema. */
import { expect, test, vi } from 'vitest';
import { BackgroundRequestSchema } from '../../../lib/contracts/messages';
import { dispatch, type SenderInfo } from '../../../lib/messaging/receive';
import { backgroundHandlers } from '../background-harness';

function setup() {
  const writes = { setUser: vi.fn(async () => undefined), dismissRepairNotice: vi.fn(async () => undefined) };
  const handlers = backgroundHandlers({ settingsWrites: writes });
  return { handlers, writes };
}

const contentScript: SenderInfo = { tabId: 4, frameId: 0, url: 'https://ehr.example/note', fromExtensionPage: false };
const optionsPage: SenderInfo = { tabId: 5, url: 'chrome-extension://abc/options.html', fromExtensionPage: true };
const popup: SenderInfo = { url: 'chrome-extension://abc/popup.html', fromExtensionPage: true };

test.each([
  ['setUserSettings', { type: 'setUserSettings', settings: { unitRule: 'ama' } }],
  ['a widening site list', { type: 'setUserSettings', settings: { sites: { mode: 'all', allow: [], deny: [] } } }],
  ['dismissRepairNotice', { type: 'dismissRepairNotice' }],
])('a content script is refused (%s) and nothing is written', async (_what, msg) => {
  const { handlers, writes } = setup();
  const reply = await dispatch(BackgroundRequestSchema, handlers, msg, contentScript);
  expect(reply).toEqual({ ok: false, error: 'forbidden', detail: 'extension pages only' });
  expect(writes.setUser).not.toHaveBeenCalled();
  expect(writes.dismissRepairNotice).not.toHaveBeenCalled();
});

test('the options page and the popup may save; patch and replace are passed on', async () => {
  const { handlers, writes } = setup();
  const patch = { type: 'setUserSettings', settings: { unitRule: 'ama', theme: 'dark' } };
  expect(await dispatch(BackgroundRequestSchema, handlers, patch, optionsPage)).toEqual({ ok: true });
  expect(writes.setUser).toHaveBeenLastCalledWith({ unitRule: 'ama', theme: 'dark' }, false);
  const replace = { type: 'setUserSettings', settings: { autoOpen: false }, replace: true };
  expect(await dispatch(BackgroundRequestSchema, handlers, replace, popup)).toEqual({ ok: true });
  expect(writes.setUser).toHaveBeenLastCalledWith({ autoOpen: false }, true);
  expect(await dispatch(BackgroundRequestSchema, handlers, { type: 'dismissRepairNotice' }, popup)).toEqual({
    ok: true,
  });
  expect(writes.dismissRepairNotice).toHaveBeenCalledTimes(1);
});

test('reset keys are passed on; an unknown key to reset is refused and nothing is written', async () => {
  const { handlers, writes } = setup();
  const ok = { type: 'setUserSettings', settings: {}, reset: ['theme', 'uncertainBelow'] };
  expect(await dispatch(BackgroundRequestSchema, handlers, ok, optionsPage)).toEqual({ ok: true });
  expect(writes.setUser).toHaveBeenLastCalledWith({}, false, ['theme', 'uncertainBelow']);
  const bad = { type: 'setUserSettings', settings: {}, reset: ['orgName'] };
  expect(await dispatch(BackgroundRequestSchema, handlers, bad, optionsPage)).toEqual({
    ok: false,
    error: 'malformed',
    detail: 'reset: unknown key',
  });
  expect(writes.setUser).toHaveBeenCalledTimes(1);
});

test.each([
  ['wrong enum value', { unitRule: 'fastest' }, 'settings.unitRule: invalid'],
  ['out of range', { uncertainBelow: 150 }, 'settings.uncertainBelow: invalid'],
  ['bad host pattern', { sites: { mode: 'all', allow: [], deny: ['https://x.example/p'] } }, 'settings.sites: invalid'],
  ['a policy-only key', { orgName: 'Evil Corp' }, 'settings.unknown key: invalid'],
  ['an unknown key', { clinicId: 'secret-42' }, 'settings.unknown key: invalid'],
])(
  'an invalid value is refused with a typed error naming the key, not the value (%s)',
  async (_w, settings, detail) => {
    const { handlers, writes } = setup();
    const reply = await dispatch(BackgroundRequestSchema, handlers, { type: 'setUserSettings', settings }, optionsPage);
    expect(reply).toEqual({ ok: false, error: 'malformed', detail });
    expect(JSON.stringify(reply)).not.toMatch(/fastest|Evil|secret|x\.example/);
    expect(writes.setUser).not.toHaveBeenCalled();
  },
);

test.each([
  { type: 'setUserSettings' },
  { type: 'setUserSettings', settings: 'unitRule=ama' },
  { type: 'setUserSettings', settings: ['ama'] },
  { type: 'setUserSettings', settings: {}, replace: 'yes' },
])('a malformed message is answered with a typed error: %j', async (msg) => {
  const { handlers, writes } = setup();
  const reply = await dispatch(BackgroundRequestSchema, handlers, msg, optionsPage);
  expect(reply).toMatchObject({ ok: false, error: 'malformed' });
  expect(writes.setUser).not.toHaveBeenCalled();
});
