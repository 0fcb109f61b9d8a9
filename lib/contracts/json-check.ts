/**
 * A small checker for the JSON Schema that zod's `toJSONSchema` writes for the content script's
 * messages (lib/contracts/content-wire.json, generated from the zod schemas at build time). The
 * content script runs in every frame of every page, and zod's parser core alone is 7 KB gzip of it;
 * this checks the same shapes in a few hundred bytes with zod's result type, and drops unknown keys
 * as zod's objects do. A property test holds it to zod's verdict on thousands of messages.
 */

/** The JSON Schema keywords zod emits for these shapes (anything else is refused when compiled). */
export interface JsonSchema {
  type?: 'object' | 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  /** `{not: {}}`: nothing is valid (zod's "must be absent" for an optional undefined). */
  not?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  $schema?: string;
}

/** Where and why a value failed (zod's issue shape, so one receiver handles both). */
export interface CheckIssue {
  path: PropertyKey[];
  code: string;
}

/** zod's safeParse result shape. */
export type CheckResult<T> = { success: true; data: T } | { success: false; error: { issues: CheckIssue[] } };

/** Anything that parses like a zod schema: zod's own schemas and compiled JSON schemas alike. */
export interface Parser<T> {
  safeParse(raw: unknown): CheckResult<T>;
}

class Fail {
  constructor(readonly issue: CheckIssue) {}
}

const typeOk: Record<string, (v: unknown) => boolean> = {
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: (v) => Number.isSafeInteger(v),
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
  array: Array.isArray,
};

/** The checked (and, for objects, stripped) value; throws Fail. */
function check(s: JsonSchema, v: unknown, path: PropertyKey[]): unknown {
  const fail = (code: string) => new Fail({ path, code });
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    for (const alt of alternatives) {
      try {
        return check(alt, v, path);
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
      }
    }
    throw fail('invalid_union');
  }
  if (s.not) throw fail('invalid_type');
  if (s.type && !typeOk[s.type]?.(v)) throw fail('invalid_type');
  if ('const' in s && v !== s.const) throw fail('invalid_value');
  if (s.enum && !s.enum.includes(v)) throw fail('invalid_value');
  if (typeof v === 'string') {
    if (v.length < (s.minLength ?? 0)) throw fail('too_small');
    if (v.length > (s.maxLength ?? Number.POSITIVE_INFINITY)) throw fail('too_big');
  }
  if (typeof v === 'number') {
    if (v < (s.minimum ?? Number.NEGATIVE_INFINITY)) throw fail('too_small');
    if (v > (s.maximum ?? Number.POSITIVE_INFINITY)) throw fail('too_big');
  }
  if (Array.isArray(v)) {
    if (v.length > (s.maxItems ?? Number.POSITIVE_INFINITY)) throw fail('too_big');
    return s.items ? v.map((x, i) => check(s.items as JsonSchema, x, [...path, i])) : v;
  }
  if (s.type === 'object' && s.properties) {
    const src = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, ps] of Object.entries(s.properties)) {
      const present = Object.hasOwn(src, k) && src[k] !== undefined;
      if (present) out[k] = check(ps, src[k], [...path, k]);
      else if (s.required?.includes(k)) throw new Fail({ path: [...path, k], code: 'invalid_type' });
    }
    return out;
  }
  return v;
}

/** A parser for `schema` (a zod-generated JSON Schema of type T). */
export function compileJsonSchema<T>(schema: JsonSchema): Parser<T> {
  return {
    safeParse(raw) {
      try {
        return { success: true, data: check(schema, raw, []) as T };
      } catch (e) {
        if (e instanceof Fail) return { success: false, error: { issues: [e.issue] } };
        throw e;
      }
    },
  };
}
