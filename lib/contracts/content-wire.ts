/**
 * What the content script receives, as zod schemas (the one source) and as the JSON Schema the
 * content script checks them with (lib/contracts/json-check.ts): every message and reply that
 * reaches a page's frame. `content-wire.json` is generated from this at build time (wxt.config.ts)
 * and a unit test fails when the checked-in copy is stale (`npm run gen:wire` rewrites it).
 */
import { z } from 'zod/mini';
import type { JsonSchema } from './json-check';
import { LayoutSchema } from './layout';
import {
  ContentMessageSchema,
  GetPageHostSchema,
  PageSettingsSchema,
  replySchema,
  SettingsChangedSchema,
} from './messages';

/** The zod schema of each message or reply a content script parses. */
export const CONTENT_WIRE_SCHEMAS = {
  contentMessage: ContentMessageSchema,
  settingsChanged: SettingsChangedSchema,
  getPageHost: GetPageHostSchema,
  ackReply: replySchema(),
  pageSettingsReply: replySchema(PageSettingsSchema),
  layoutReply: replySchema(LayoutSchema),
};

export type ContentWireName = keyof typeof CONTENT_WIRE_SCHEMAS;

/** content-wire.json's text: stable key order, two-space indent, a final newline. */
export function contentWireText(): string {
  return `${JSON.stringify(contentWireJson(), null, 2)}\n`;
}

/** The JSON Schema of each (the input side: what may arrive), for content-wire.json. */
export function contentWireJson(): Record<ContentWireName, JsonSchema> {
  const out = {} as Record<ContentWireName, JsonSchema>;
  for (const [name, schema] of Object.entries(CONTENT_WIRE_SCHEMAS) as [ContentWireName, z.ZodMiniType][]) {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      // zod's "optional undefined" (an acknowledgement's absent data) has no JSON form: say "never present"
      override: (ctx) => {
        if (ctx.zodSchema._zod.def.type === 'undefined') ctx.jsonSchema.not = {};
      },
    }) as JsonSchema;
    delete json.$schema;
    out[name] = json;
  }
  return out;
}
