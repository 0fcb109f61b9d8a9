/** Wires `dispatch` to the WebExtension runtime, and sends typed messages with a parsed reply. */
import { type Browser, browser } from 'wxt/browser';
import type { Parser } from '../contracts/json-check';
import type { BackgroundRequest, MessageError, MessageReply } from '../contracts/messages';
import { dispatch, type HandlerMap, type SenderInfo } from './receive';

type RuntimeSender = Browser.runtime.MessageSender & { origin?: string };

/** True for a URL of an extension page (Chromium's and Firefox's schemes). */
export function isExtensionUrl(url: string | undefined): boolean {
  return /^(chrome|moz)-extension:\/\//.test(url ?? '');
}

/** The path of an extension page's URL ('/sidebar.html'), or null for any other URL. */
function extensionPath(url: string | undefined): string | null {
  if (!isExtensionUrl(url)) return null;
  try {
    return new URL(url as string).pathname;
  } catch {
    return null;
  }
}

/**
 * Turn a runtime sender into the facts handlers may rely on. An extension page is told apart from a
 * content script by its URL's scheme (a content script's URL is the web page's); the id is not
 * compared, because a web-accessible page loaded with `use_dynamic_url` carries a per-session id.
 */
export function senderInfo(sender: RuntimeSender, ownId: string | undefined): SenderInfo {
  const path = sender.id === ownId ? extensionPath(sender.url) : null;
  let origin = sender.origin;
  if (origin === undefined && sender.url) {
    try {
      origin = new URL(sender.url).origin;
    } catch {
      origin = undefined;
    }
  }
  return {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
    origin,
    fromExtensionPage: path !== null,
    fromSidebar: path === '/sidebar.html' && sender.tab?.id !== undefined,
  };
}

/**
 * Register a runtime.onMessage listener that parses and dispatches; returns the remover so the
 * owner (a content-script context or the background) can take it down.
 */
export function listen<M extends { type: string }>(schema: Parser<M>, handlers: HandlerMap<M>): () => void {
  const listener = (raw: unknown, sender: RuntimeSender, sendResponse: (r: MessageReply) => void) => {
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
    void dispatch(schema, handlers, raw, senderInfo(sender, browser.runtime.id)).then(sendResponse);
    return true; // keep the channel open for the async reply (works in Chrome, the polyfill and fakes)
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/**
 * Send a request to the background and parse the whole reply with `reply` (a zod schema, or in the
 * content script a compiled one from content-wire.ts, so no zod is bundled there); a dead worker or
 * a bad reply becomes a typed error.
 */
export async function request<R>(msg: BackgroundRequest, reply: Parser<R>): Promise<R | MessageError> {
  try {
    const parsed = reply.safeParse(await browser.runtime.sendMessage(msg));
    return parsed.success ? parsed.data : { ok: false, error: 'malformed', detail: 'reply' };
  } catch (err) {
    return { ok: false, error: 'internal', detail: err instanceof Error ? err.message.slice(0, 120) : 'send failed' };
  }
}
