/**
 * The one shape of every regular expression the engine matches notes with: a stable id, the
 * expression, and examples in our own words that a test runs (tests/unit/engine/patterns.test.ts).
 * Declaring a pattern through `pattern()` registers it, so the test sees every pattern the engine loads.
 */

/** A regex rule as data: what it finds (`positive`) and what it must not (`negative`). */
export interface Pattern {
  readonly id: string;
  readonly re: RegExp;
  readonly examples: { readonly positive: readonly string[]; readonly negative: readonly string[] };
}

const REGISTRY: Pattern[] = [];

/** Declare (and register) one pattern; returns it unchanged, with its own extra fields kept. */
export function pattern<T extends Pattern>(p: T): T {
  REGISTRY.push(p);
  return p;
}

/** Declare (and register) a list of patterns. */
export function patterns<T extends Pattern>(list: readonly T[]): readonly T[] {
  for (const p of list) REGISTRY.push(p);
  return list;
}

/** Every pattern declared by the engine modules loaded so far (for the examples test). */
export function allPatterns(): readonly Pattern[] {
  return REGISTRY;
}

/** Whether `re` matches `text`, whatever its flags (a global or sticky regex keeps no state between calls here). */
export function matches(re: RegExp, text: string): boolean {
  if (!re.global && !re.sticky) return re.test(text);
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
