import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// unit/, cli/ and corpus/ run in Node (the engine must need nothing else); dom/ in happy-dom.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/{unit,dom,cli,corpus}/**/*.test.ts?(x)'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
