/**
 * The content script's parsers: every message and reply that reaches a page's frame, checked
 * against the JSON Schema generated from the zod schemas (lib/contracts/content-wire.ts) — the same
 * shapes without bundling zod into every frame.
 */

import WIRE from '../contracts/content-wire.json';
import { compileJsonSchema, type Parser } from '../contracts/json-check';
import type { LayoutState } from '../contracts/layout';
import type { ContentMessage, MessageError, PageSettings } from '../contracts/messages';

type Reply<T> = { ok: true; data: T } | MessageError;

/** Every message a content script accepts (ContentMessageSchema). */
export const CONTENT_MESSAGE: Parser<ContentMessage> = compileJsonSchema(WIRE.contentMessage as never);
/** The background's settingsChanged broadcast. */
export const SETTINGS_CHANGED: Parser<{ type: 'settingsChanged' }> = compileJsonSchema(WIRE.settingsChanged as never);
/** The popup's / background's getPageHost question. */
export const GET_PAGE_HOST: Parser<{ type: 'getPageHost' }> = compileJsonSchema(WIRE.getPageHost as never);
/** A plain acknowledgement (`{ok: true}`) or a typed error. */
export const ACK_REPLY: Parser<{ ok: true; data?: undefined } | MessageError> = compileJsonSchema(
  WIRE.ackReply as never,
);
/** The reply to getPageSettings. */
export const PAGE_SETTINGS_REPLY: Parser<Reply<PageSettings>> = compileJsonSchema(WIRE.pageSettingsReply as never);
/** The reply to getLayout. */
export const LAYOUT_REPLY: Parser<Reply<LayoutState>> = compileJsonSchema(WIRE.layoutReply as never);
