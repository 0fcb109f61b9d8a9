/** The engine project runs without WXT's fake browser: analysing a note needs no extension globals. */
import { expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';

it('runs in plain Node: no browser, chrome, window or document globals exist here', () => {
  const g = globalThis as Record<string, unknown>;
  expect([g.browser, g.chrome, g.window, g.document]).toEqual([undefined, undefined, undefined, undefined]);
  expect(analyze('Ther ex 15 min: LAQ 3x10 for quad strength').suggested).toBe('97110');
});
