/** The CLI contract (design.md §3.2) run in-process with captured stdout/stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';
import { AnalysisSchema } from '../../lib/contracts/analysis';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(
    argv,
    (s) => {
      stdout += s;
    },
    (s) => {
      stderr += s;
    },
  );
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-cli-'));
const a = path.join(dir, 'a.txt');
const b = path.join(dir, 'b.txt');
writeFileSync(a, 'TA (12 min): sit to stand x10 to simulate toilet transfers, min A.\n');
writeFileSync(b, 'Ther ex 15 min: LAQ 3x10 w/ 3# for quad strength.\n');

describe('theracode analyze', () => {
  it('--json with one file prints one valid Analysis', async () => {
    const r = await cli(['analyze', '--json', a]);
    expect(r.code).toBe(0);
    const analysis = AnalysisSchema.parse(JSON.parse(r.stdout));
    expect(analysis.suggested).toBe('97530');
  });

  it('--json with several files prints JSON Lines with a file field, in order', async () => {
    const r = await cli(['analyze', '--json', a, b]);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    expect(lines.map((l) => l.suggested)).toEqual(['97530', '97110']);
  });

  it('plain output is a readable table naming the code', async () => {
    const r = await cli(['analyze', a]);
    expect(r.stdout).toMatch(/Suggested \(CMS\): 97530 Therapeutic activities/);
    expect(r.stdout).toMatch(/Minute ledger/);
  });

  it('a missing file exits 2 with a one-line message naming it and nothing on stdout', async () => {
    const r = await cli(['analyze', '--json', a, path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.txt');
  });

  it('usage errors exit 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['analyze'])).code).toBe(2);
    expect((await cli(['analyze', '--rule', 'xyz', a])).code).toBe(2);
  });

  // A real child process: '-' reads the process's own standard input, so the pipe is the test.
  it("'-' reads the note from standard input", () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'analyze', '--json', '-'], {
      input:
        'Ther ex 15 min: LAQ 3x10 w/ 3# for quad strength, VC.\nTA 10 min: sit to stand x10 to simulate toilet transfers.\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const analysis = AnalysisSchema.parse(JSON.parse(r.stdout));
    expect(analysis.codes.map((c) => [c.code, c.minutes])).toEqual([
      ['97110', 15],
      ['97530', 10],
    ]);
    expect(analysis.suggested).toBe('97110');
  }, 60_000);

  it("'-' with empty standard input still prints a valid, empty Analysis", () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'analyze', '--json', '-'], {
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(AnalysisSchema.parse(JSON.parse(r.stdout)).suggested).toBeNull();
  }, 60_000);
});
