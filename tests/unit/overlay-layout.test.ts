/** The per-site sidebar layout store: width, collapsed and docking side remembered per hostname. */
import { describe, expect, it } from 'vitest';
import {
  createLayoutStore,
  DEFAULT_LAYOUT,
  effectiveSide,
  type KeyValueStorage,
  layoutKey,
  MAX_WIDTH,
  otherSide,
  parseLayout,
} from '../../lib/overlay/layout';

/** storage.local stand-in whose writes take a few ms, as a busy browser's do. */
function memoryStorage() {
  const data = new Map<string, unknown>();
  let writes = 0;
  const storage: KeyValueStorage = {
    get: async (k) => data.get(k),
    set: async (k, v) => {
      writes++;
      await new Promise((r) => setTimeout(r, 5));
      data.set(k, structuredClone(v));
    },
  };
  return { storage, data, writes: () => writes };
}

describe('layout per site', () => {
  it('keeps each hostname apart and restores it on load', async () => {
    const mem = memoryStorage();
    const a = createLayoutStore(mem.storage, 'ehr.example');
    await a.load(false);
    a.update({ width: 500, side: 'left' });
    await new Promise((r) => setTimeout(r, 30));
    const again = createLayoutStore(mem.storage, 'ehr.example');
    await again.load(false);
    expect(again.get()).toEqual({ collapsed: false, width: 500, side: 'left' });
    const other = createLayoutStore(mem.storage, 'other.example');
    await other.load(true);
    expect(other.get()).toEqual({ ...DEFAULT_LAYOUT, collapsed: true });
    expect([...mem.data.keys()]).toEqual([layoutKey('ehr.example')]);
  });

  it('a drag of many moves writes at most one at a time and stores the last width', async () => {
    const mem = memoryStorage();
    const s = createLayoutStore(mem.storage, 'h');
    for (let w = 300; w <= 400; w += 5) s.update({ width: w });
    await new Promise((r) => setTimeout(r, 50));
    expect((mem.data.get(layoutKey('h')) as { width: number }).width).toBe(400);
    expect(mem.writes()).toBeLessThanOrEqual(2);
  });

  it.each([
    [
      { width: 10_000, side: 'left', collapsed: true },
      { width: MAX_WIDTH, side: 'left', collapsed: true },
    ],
    [{ width: 'wide', side: 'top', collapsed: 'yes' }, {}],
    [{ side: null }, { side: null }],
  ])('parses stored %j defensively', (raw, expected) => {
    expect(parseLayout(raw)).toEqual(expected);
  });

  it.each([
    [null, 'right', false, 'right'],
    ['left', 'right', false, 'left'],
    ['left', 'right', true, 'right'],
  ] as const)('site side %s with global %s (locked %s) docks %s', (side, global, locked, expected) => {
    expect(effectiveSide({ side }, global, locked)).toBe(expected);
    expect(otherSide(expected)).not.toBe(expected);
  });
});
