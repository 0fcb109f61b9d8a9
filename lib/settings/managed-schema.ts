/**
 * Builds Chrome's managed_schema.json from the zod policy schema (never hand-copied). Chrome
 * accepts a JSON-schema subset: the top level is `type: object` with `properties` and no
 * `additionalProperties`; every node has exactly one `type` or `$ref`; `items`, `enum`,
 * `pattern`, `minimum`/`maximum` (integers only), `title`, `description` are understood. Everything else is removed.
 */
import { z } from 'zod/mini';
import { PolicySchema } from '../contracts/settings';
import { POLICY_EXPECTS } from './policy';

type Json = Record<string, unknown>;

const KEEP = new Set(['type', 'properties', 'items', 'enum', 'pattern', 'minimum', 'maximum', 'description', 'title']);

/** Convert one zod-generated JSON-schema node to Chrome's subset. */
export function toChromeSchema(node: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (!KEEP.has(k)) continue;
    if (k === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(v as Record<string, Json>).map(([p, s]) => [p, toChromeSchema(s)]),
      );
    } else if (k === 'items') out.items = toChromeSchema(v as Json);
    else out[k] = v;
  }
  // Chrome accepts minimum/maximum on integers only: on a number the whole schema is rejected and
  // the extension does not load (seen with Chromium 156). Our own parse still enforces the range.
  if (out.type === 'number') {
    delete out.minimum;
    delete out.maximum;
  }
  // Chrome's enum lists need a type beside them (zod emits one for string enums already).
  if (out.enum && !out.type) out.type = 'string';
  return out;
}

/** The managed_schema.json object for the manifest's storage.managed_schema. */
export function managedSchema(): Json {
  const generated = z.toJSONSchema(PolicySchema, { unrepresentable: 'any' }) as Json;
  const chrome = toChromeSchema(generated);
  const props = chrome.properties as Record<string, Json>;
  for (const [key, expects] of Object.entries(POLICY_EXPECTS)) {
    if (props[key]) props[key] = { ...props[key], description: `Must be ${expects}.` };
  }
  return { type: 'object', properties: props };
}
