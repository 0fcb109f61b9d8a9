/**
 * A folder of bad inputs: every good note is reported, every bad file is listed with its reason, and
 * the exit code is 2 only when nothing could be analysed. Tests run as root in CI, where chmod 000
 * is still readable, so "unreadable" is simulated with a dangling symlink (and a symlink to a folder
 * named like a note); the chmod 000 file is checked either way.
 */
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_MAX_FILE_BYTES } from '../../lib/cli/audit/collect';
import { cli } from './cli-harness';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-bad-'));
const at = (name: string) => path.join(dir, name);
writeFileSync(at('good-1.txt'), 'TA (12 min): sit to stand x10 to simulate toilet transfers, min A.\n');
writeFileSync(at('good-2.md'), 'Ther ex 15 min: LAQ 3x10 for quad strength.\n');
writeFileSync(at('scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]));
writeFileSync(at('photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
writeFileSync(at('empty.txt'), '');
writeFileSync(at('blank.md'), '  \n\n\t\n');
writeFileSync(at('empty.html'), '<html><body><script>x()</script></body></html>');
writeFileSync(at('huge.txt'), '');
truncateSync(at('huge.txt'), 20 * 1024 * 1024); // sparse: 20 MB on paper, nothing written
symlinkSync(at('deleted-note.txt'), at('dangling.txt'));
mkdirSync(at('a-folder'));
symlinkSync(at('a-folder'), at('folder-link.txt'));
writeFileSync(at('locked.txt'), 'Ther ex 10 min: bridges for glute strength.\n');
chmodSync(at('locked.txt'), 0o000);
const isRoot = process.getuid?.() === 0;

describe('theracode audit with bad input', () => {
  it('reports every good note and lists each skipped file with its reason', async () => {
    const r = await cli(['audit', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const files = report.notes.map((n: { file: string }) => path.basename(n.file)).sort();
    expect(files).toEqual(isRoot ? ['good-1.txt', 'good-2.md', 'locked.txt'] : ['good-1.txt', 'good-2.md']);
    const reasons = Object.fromEntries(
      report.skipped.map((s: { file: string; reason: string }) => [path.basename(s.file), s.reason]),
    );
    expect(reasons).toMatchObject({
      'scan.txt': 'binary file',
      'photo.png': expect.stringMatching(/^not a note file \(.txt, .md, .html, .htm, .rtf, .docx, .pdf, .csv/),
      'empty.txt': 'empty',
      'blank.md': 'empty',
      'empty.html': 'empty',
      'huge.txt': `larger than ${AUDIT_MAX_FILE_BYTES / 1024 / 1024} MB`,
      'dangling.txt': 'cannot be read: missing (or a broken link)',
      'folder-link.txt': 'a folder named like a note',
    });
    if (!isRoot) expect(reasons['locked.txt']).toBe('cannot be read: permission denied');
    // The same list goes to stderr, one line per file, so a CSV report does not hide it.
    expect(r.stderr).toContain(`skipped ${at('huge.txt')}: larger than 10 MB`);
    expect(report.summary.skipped).toBe(report.skipped.length);
  });

  it('the table and html reports carry the skipped list too', async () => {
    const table = await cli(['audit', dir]);
    expect(table.stdout).toMatch(/Skipped files\n[\s\S]*scan\.txt: binary file/);
    const html = await cli(['audit', dir, '--format', 'html']);
    expect(html.stdout).toContain('<td>empty</td>');
  });

  it('exits 2 when nothing could be analysed, and for a missing folder', async () => {
    const only = mkdtempSync(path.join(os.tmpdir(), 'tc-bad-only-'));
    writeFileSync(path.join(only, 'empty.txt'), '');
    const r = await cli(['audit', only, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('empty.txt: empty');
    expect(r.stderr).toContain('no note could be analysed');
    const missing = await cli(['audit', path.join(only, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope: cannot be read');
  });
});
