import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects. "engine": the pure engine, its corpus and the CLI, in plain Node with no browser
// fakes at all (design §1: the same engine runs in the worker, the CLI and tests, needing nothing
// else). "extension": settings, messaging, UI and editors, with WXT's fake browser; dom/ files opt
// into happy-dom with a per-file environment comment.
const ENGINE_TESTS = [
  'tests/unit/engine/**/*.test.ts',
  'tests/unit/ledger/**/*.test.ts',
  'tests/unit/engine-purity.test.ts',
  'tests/unit/{billed,defense,csv,html-text,progress}.test.ts',
  'tests/corpus/**/*.test.ts',
  'tests/cli/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: { name: 'engine', include: ENGINE_TESTS, environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'extension',
          include: ['tests/{unit,dom}/**/*.test.ts?(x)'],
          exclude: ENGINE_TESTS,
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
