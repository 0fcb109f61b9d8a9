/** The engine is pure TypeScript: it imports nothing browser- or Node-specific (design.md §2). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = path.resolve('lib/engine');
const ALLOWED_PACKAGES = ['@noble/hashes', 'fastest-levenshtein'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The engine may reach only itself and lib/contracts (zod schemas): design.md §2's dependency direction. */
const PURE_DIRS = [ENGINE, path.resolve('lib/contracts')];

/** True when a relative import from `file` lands inside the engine or the contracts. */
export function insidePureLayers(file: string, spec: string): boolean {
  const target = path.resolve(path.dirname(file), spec);
  return PURE_DIRS.some((dir) => target === dir || target.startsWith(`${dir}${path.sep}`));
}

/** Import specifiers of a source file (static and dynamic). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    found.push((m[1] ?? m[2]) as string);
  }
  return found;
}

describe('lib/engine purity', () => {
  const files = sources(ENGINE);
  it('has source files', () => expect(files.length).toBeGreaterThan(0));

  it.each(files.map((f) => [path.relative(ENGINE, f), f]))(
    '%s imports only relative modules, contracts and pure packages',
    (_n, file) => {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const ok =
          (spec.startsWith('.') && insidePureLayers(file, spec)) ||
          ALLOWED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`)) ||
          spec === 'zod' ||
          spec === 'zod/mini';
        expect(ok, `${file} imports ${spec}`).toBe(true);
      }
    },
  );

  it.each(files.map((f) => [path.relative(ENGINE, f), f]))(
    '%s uses no browser, DOM, Node, clock or randomness globals',
    (_n, file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code).not.toMatch(/\b(window|document|browser|chrome|process|globalThis|require)\s*[.(]/);
      expect(code).not.toMatch(/\b(Date\.now|new Date|Math\.random|performance\.now|setTimeout|fetch)\b/);
    },
  );

  it('a relative import out of the pure layers is caught (so the test can fail)', () => {
    const file = path.join(ENGINE, 'analyze.ts');
    expect(insidePureLayers(file, './segment')).toBe(true);
    expect(insidePureLayers(file, '../contracts/analysis')).toBe(true);
    expect(insidePureLayers(file, '../settings/storage')).toBe(false);
    expect(insidePureLayers(file, '../overlay/store')).toBe(false);
  });

  it('the import scanner catches a forbidden import (so the test can fail)', () => {
    expect(importsOf("import fs from 'node:fs';\nimport { x } from './y';")).toEqual(['node:fs', './y']);
  });
});
