/**
 * The installed command: the esbuild bundle run as a child process, as `npx theracode` runs it.
 * Help and version, one-line usage errors, bounded input (devices, FIFOs, endless standard input),
 * audit on worker threads (same report as in one thread) and its per-file time budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULESET_VERSION } from '../../lib/engine';

const BIN = path.resolve('.output/cli/theracode.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'tc-bin-'));
// As a user runs it: without vitest's environment.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^VITEST|^TEST$/.test(k)));
const run = (args: string[], stdin: 'ignore' | number = 'ignore') => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    stdio: [stdin, 'pipe', 'pipe'],
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  const b = spawnSync(process.execPath, ['lib/cli/build.mjs'], { encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
}, 120_000);

describe('theracode (bundled bin)', () => {
  it('package.json bin points at the bundle, and --version names the package and ruleset versions', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(path.resolve(pkg.bin.theracode)).toBe(BIN);
    const r = run(['--version']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`theracode ${pkg.version} (ruleset ${RULESET_VERSION})\n`);
  });

  it.each([
    [['--help'], /theracode analyze <file…\|->[\s\S]*theracode audit <folder\|file…>/],
    [['help', 'audit'], /--format table\|csv\|json\|html\|defense\|xlsx[\s\S]*--note-column[\s\S]*Copy-forward/],
    [['analyze', '--help'], /--json[\s\S]*--discipline pt\|ot/],
  ])('%j prints help and exits 0', (args, text) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(text);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['analyze', '--bogus', 'x.txt'], 'unknown option "--bogus"'],
    [['analyze', '--rule', 'xyz', 'x.txt'], '--rule takes cms or ama, not "xyz"'],
    [['analyze', '--discipline', 'st', 'x.txt'], '--discipline takes pt or ot, not "st"'],
    [['audit', '.', '--format', 'xlsx'], '--format xlsx needs --out FILE.xlsx'],
    [['help', 'nothing'], 'no help for "nothing" (commands: analyze, audit)'],
  ])('bad usage %j exits 2 with one line naming it', (args, problem) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([`theracode: ${problem} (see theracode --help)`]);
  });

  it('refuses /dev/zero and a FIFO at once instead of reading forever', () => {
    expect(run(['analyze', '/dev/zero'])).toMatchObject({
      code: 2,
      stderr: 'theracode: /dev/zero: a device, not a file\n',
    });
    const fifo = path.join(tmp, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(run(['analyze', fifo])).toMatchObject({
      code: 2,
      stderr: `theracode: ${fifo}: a FIFO (named pipe), not a file\n`,
    });
    const audit = run(['audit', fifo]);
    expect(audit.stderr).toContain(`skipped ${fifo}: a FIFO (named pipe), not a file`);
  });

  it('stops reading an endless standard input at the cap', () => {
    const r = run(['analyze', '-'], openSync('/dev/zero', 'r'));
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'theracode: standard input: larger than 50 MB\n' });
  });

  it('audit on worker threads gives the same report as in one thread', () => {
    const many = path.join(tmp, 'many');
    mkdirSync(many);
    const demo = path.resolve('assets/demo/audit-sample');
    for (let i = 0; i < 12; i++)
      for (const f of ['pt-knee-tka.txt', 'ot-shoulder-adl.md', 'pt-low-back-lifting.html'])
        writeFileSync(path.join(many, `${i}-${f}`), readFileSync(path.join(demo, f)));
    const workers = run(['audit', many, '--format', 'json', '--jobs', '2']);
    const single = run(['audit', many, '--format', 'json', '--jobs', '0']);
    expect(workers.code, workers.stderr).toBe(0);
    expect(JSON.parse(workers.stdout).summary.notes).toBe(36);
    expect(workers.stdout).toBe(single.stdout);
  });

  it('a file over the per-file time budget is skipped with that reason, its worker replaced', () => {
    const r = run(['audit', path.resolve('assets/demo/audit-sample'), '--time-limit', '0.001', '--jobs', '1']);
    expect(r.stderr).toContain('took longer than 0.001 s (skipped)');
    expect(r.code).toBe(2);
  });

  it('210 KB of unclosed tags in an HTML note does not stall the audit', () => {
    const html = path.join(tmp, 'tags');
    mkdirSync(html);
    writeFileSync(path.join(html, 'bad.html'), '<a '.repeat(70_000));
    writeFileSync(path.join(html, 'good.txt'), 'Ther ex 15 min: LAQ 3x10 for quad strength.\n');
    const r = run(['audit', html, '--format', 'json', '--time-limit', '20']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).skipped).toEqual([{ file: path.join(html, 'bad.html'), reason: 'empty' }]);
  });
});
