/** Wires `dispatch` to the WebExtension runtime, and sends typed messages with a parsed reply. */
import { type Browser, browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { type BackgroundRequest, type MessageReply, MessageReplySchema } from '../contracts/messages';
import { dispatch, type HandlerMap, type SenderInfo } from './receive';

type RuntimeSender = Browser.runtime.MessageSender;

/** Turn a runtime sender into the facts handlers may rely on. */
export function senderInfo(sender: RuntimeSender, extensionOrigin: string): SenderInfo {
  // An extension page opened in a tab (options with open_in_tab, a popup page in a tab) has a
  // `tab` too; its URL is what tells it apart from a content script, whose URL is the web page's.
  const fromExtensionPage = (sender.url ?? '').startsWith(extensionOrigin);
  return { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, fromExtensionPage };
}

/**
 * Register a runtime.onMessage listener that parses and dispatches; returns the remover so the
 * owner (a content-script context or the background) can take it down.
 */
export function listen<M extends { type: string }>(schema: z.ZodMiniType<M>, handlers: HandlerMap<M>): () => void {
  const origin = browser.runtime.getURL('/');
  const listener = (raw: unknown, sender: RuntimeSender, sendResponse: (r: MessageReply) => void) => {
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
    void dispatch(schema, handlers, raw, senderInfo(sender, origin)).then(sendResponse);
    return true; // keep the channel open for the async reply (works in Chrome, the polyfill and fakes)
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** Send a request to the background and parse its reply; a dead worker or bad reply becomes a typed error. */
export async function sendToBackground(msg: BackgroundRequest): Promise<MessageReply> {
  try {
    const parsed = MessageReplySchema.safeParse(await browser.runtime.sendMessage(msg));
    return parsed.success ? parsed.data : { ok: false, error: 'malformed', detail: 'reply' };
  } catch (err) {
    return { ok: false, error: 'internal', detail: err instanceof Error ? err.message.slice(0, 120) : 'send failed' };
  }
}
