/**
 * Extension pages' requests to the background, each reply parsed with the request's zod reply
 * schema. Kept out of runtime.ts so the content script (which parses with compiled schemas,
 * content-wire.ts) bundles no zod.
 */
import type { z } from 'zod/mini';
import { type BackgroundRequest, type MessageReply, type ReplyData, replySchema } from '../contracts/messages';
import { request } from './runtime';

/** The reply-data schema a request needs (none for an acknowledgement). */
type DataArg<K extends string> = K extends keyof ReplyData ? [data: z.ZodMiniType<ReplyData[K]>] : [];

/**
 * Send a request to the background from an extension page and parse its typed reply with the
 * request's reply schema (the data's zod schema, handed in).
 */
export async function sendToBackground<M extends BackgroundRequest>(
  msg: M,
  ...[data]: DataArg<M['type']>
): Promise<MessageReply<M['type']>> {
  return (await request(msg, replySchema(data))) as MessageReply<M['type']>;
}
