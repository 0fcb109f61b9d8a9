import { describe, expect, it } from 'vitest';
import { progressBar } from '../../lib/cli/audit/progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progressBar', () => {
  it('draws on a terminal and clears the line when done', () => {
    const { writes, stream } = fakeStream(true);
    const bar = progressBar(stream);
    bar.tick(5, 10);
    bar.done();
    expect(writes[0]).toBe(`\r[${'#'.repeat(15)}${'-'.repeat(15)}] 5/10 notes`);
    expect(writes[1]).toMatch(/^\r +\r$/);
  });

  it('writes nothing when stderr is not a terminal (pipes, CI logs)', () => {
    const { writes, stream } = fakeStream(false);
    const bar = progressBar(stream);
    bar.tick(1, 2);
    bar.done();
    expect(writes).toEqual([]);
  });
});
