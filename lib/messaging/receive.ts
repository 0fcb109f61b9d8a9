/**
 * One way to receive messages in every context: parse with the protocol schema, dispatch to a
 * handler map, answer malformed input with a typed error. Transport-agnostic so tests can call
 * it directly and fuzz it.
 */
import type { Parser } from '../contracts/json-check';
import type { MessageError, MessageReply } from '../contracts/messages';

/** What a handler learns about who sent the message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  tabId?: number;
  frameId?: number;
  url?: string;
  /** The sending frame's origin (about:blank and srcdoc frames have their creator's). */
  origin?: string;
  /** True when the sender is one of this extension's own pages (options, popup, sidebar), not a content script. */
  fromExtensionPage: boolean;
  /** True when the sender is this extension's sidebar page framed in a tab (sidebar.html). */
  fromSidebar?: boolean;
}

/** A handler per message type; each answers with the reply its type declares (REPLY_DATA). */
export type HandlerMap<M extends { type: string }> = {
  [K in M['type']]: (msg: Extract<M, { type: K }>, sender: SenderInfo) => Promise<MessageReply<K>> | MessageReply<K>;
};

/** A typed error reply; `detail` never contains message contents (they may hold note text). */
export function errorReply(error: MessageError['error'], detail: string): MessageError {
  return { ok: false, error, detail };
}

/** Parse `raw` with `schema` and run the matching handler; never throws. */
export async function dispatch<M extends { type: string }>(
  schema: Parser<M>,
  handlers: HandlerMap<M>,
  raw: unknown,
  sender: SenderInfo,
): Promise<MessageReply> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorReply('malformed', issue ? `${issue.path.join('.') || 'message'}: ${issue.code}` : 'invalid message');
  }
  const msg = parsed.data;
  const handler = handlers[msg.type as M['type']] as (m: M, s: SenderInfo) => Promise<MessageReply> | MessageReply;
  try {
    return await handler(msg, sender);
  } catch (err) {
    return errorReply('internal', err instanceof Error ? err.name : 'error');
  }
}
