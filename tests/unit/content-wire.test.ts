/**
 * The content script's compiled parsers (lib/messaging/content-wire.ts) against zod: the checked-in
 * JSON Schema is the one the zod schemas generate, and on thousands of near-valid and malformed
 * messages per schema both say the same (accept / refuse) and give the same data (unknown keys dropped).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CONTENT_WIRE_SCHEMAS, type ContentWireName, contentWireText } from '../../lib/contracts/content-wire';
import { compileJsonSchema, type JsonSchema } from '../../lib/contracts/json-check';
import * as wire from '../../lib/messaging/content-wire';

const WIRE = JSON.parse(readFileSync('lib/contracts/content-wire.json', 'utf8')) as Record<ContentWireName, JsonSchema>;

test('content-wire.json is generated from the zod schemas (npm run gen:wire rewrites it)', () => {
  expect(readFileSync('lib/contracts/content-wire.json', 'utf8')).toBe(contentWireText());
});

const bad = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant(Number.NaN),
  fc.constant([]),
  fc.object({ maxDepth: 1 }),
);

/** Values shaped by the schema: mostly valid, with boundary cases and wrong types mixed in. */
function near(s: JsonSchema): fc.Arbitrary<unknown> {
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return fc.oneof(...alts.map(near));
  if (s.not) return fc.oneof(fc.constant(undefined), bad);
  if ('const' in s) return fc.oneof({ weight: 5, arbitrary: fc.constant(s.const) }, { weight: 1, arbitrary: bad });
  if (s.enum) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...s.enum) }, { weight: 1, arbitrary: bad });
  switch (s.type) {
    case 'string': {
      const max = s.maxLength ?? 20;
      return fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constant(''),
        fc.string({ minLength: max, maxLength: max + 1 }),
        bad,
      );
    }
    case 'integer':
    case 'number':
      return fc.oneof(
        fc.integer({ min: -3, max: 700 }),
        fc.constantFrom(s.minimum ?? 0, s.maximum ?? 0, 239.5, -0, Number.POSITIVE_INFINITY, 2 ** 53),
        fc.double(),
        bad,
      );
    case 'boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: bad });
    case 'null':
      return fc.oneof(fc.constant(null), bad);
    case 'array':
      return fc.oneof(fc.array(near(s.items ?? {}), { maxLength: (s.maxItems ?? 3) + 1 }), bad);
    case 'object': {
      const keys = Object.entries(s.properties ?? {}).map(([k, p]) => [k, fc.option(near(p), { freq: 6 })] as const);
      const record = fc.record(Object.fromEntries([...keys, ['extra', fc.option(fc.string(), { freq: 2 })]]));
      // fc.option gives null for "absent": drop those keys (a null value is tried through `bad` too)
      const shaped = record.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)));
      return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: bad });
    }
    default:
      return bad;
  }
}

describe.each(Object.keys(CONTENT_WIRE_SCHEMAS) as ContentWireName[])('%s', (name) => {
  const zod = CONTENT_WIRE_SCHEMAS[name];
  const compiled = compileJsonSchema(WIRE[name]);

  test('agrees with zod on 2,000 near-valid and malformed values', () => {
    let accepted = 0;
    fc.assert(
      fc.property(near(WIRE[name]), (raw) => {
        const z = zod.safeParse(raw);
        const c = compiled.safeParse(raw);
        expect(c.success, JSON.stringify(raw)).toBe(z.success);
        if (z.success && c.success) {
          accepted++;
          expect(c.data).toEqual(z.data);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(accepted, 'the generator reaches valid messages too').toBeGreaterThan(20);
  });
});

test('the content script parses with the compiled schemas: a valid message passes, a forged one is refused', () => {
  const highlight = { type: 'highlightField', fieldId: 'f1', start: 3, end: 9, injected: '<img>' };
  expect(wire.CONTENT_MESSAGE.safeParse(highlight)).toEqual({
    success: true,
    data: { type: 'highlightField', fieldId: 'f1', start: 3, end: 9 },
  });
  for (const forged of [
    { ...highlight, start: -1 },
    { ...highlight, fieldId: '' },
    { ...highlight, type: 'analysisReady' },
    { type: 'layoutChanged', layout: { collapsed: false, width: 9999, side: null, closed: [] } },
    'settingsChanged',
  ]) {
    expect(wire.CONTENT_MESSAGE.safeParse(forged).success, JSON.stringify(forged)).toBe(false);
  }
  expect(wire.ACK_REPLY.safeParse({ ok: true }).success).toBe(true);
  expect(wire.ACK_REPLY.safeParse({ ok: true, data: { leak: 1 } }).success).toBe(false);
  expect(wire.PAGE_SETTINGS_REPLY.safeParse({ ok: false, error: 'forbidden', detail: 'x' }).success).toBe(true);
});
