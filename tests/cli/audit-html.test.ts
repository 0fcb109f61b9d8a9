/**
 * The HTML report is one self-contained, well-formed file: no script, no URL, note-derived text
 * escaped. When Debian's Chromium is present, the demo audit (assets/demo/audit-sample/) is also
 * rendered there; `npx tsx tests/cli/report-screenshot.ts` refreshes the README screenshot from it.
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-harness';
import { CHROMIUM, demoReport, screenshot } from './report-screenshot';

const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'rect', 'col', 'wbr']);

/** Tag-balance check: every non-void element closed in order (a small well-formedness test). */
function unbalanced(html: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g)) {
    const [, close, rawName, selfClose] = m;
    const name = (rawName as string).toLowerCase();
    if (VOID.has(name) || selfClose) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> at ${m.index}`);
  }
  return [...problems, ...stack.map((s) => `unclosed <${s}>`)];
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-html-'));
const evil = '<img src=x onerror=alert(1)>.txt';
writeFileSync(path.join(dir, evil), 'TA (12 min): transfers to simulate car entry & exit "with" <cues>.\n');
writeFileSync(path.join(dir, 'b.html'), '<p>Ther ex 15 min: LAQ for quad strength</p><script>alert(2)</script>');
writeFileSync(path.join(dir, 'billed.csv'), `file,billed\n"${evil}","97530 x3 <b>GP</b>"\n`);

describe('audit --format html', () => {
  it('is well-formed, self-contained and escapes note-derived text', async () => {
    const r = await cli(['audit', dir, '--format', 'html', '--billed', path.join(dir, 'billed.csv')]);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(unbalanced(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<img|<b>|<link|@import|url\(/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(html).toContain('97530 x3 &lt;b&gt;GP&lt;/b&gt;');
    expect(html).toMatch(/<svg role="img"[^>]*aria-label="Code mix by notes"/);
    expect(html).toContain('@media print');
    // a missing element reads "97110 dosage: no dosage stated", not "…: 97110: no dosage stated"
    expect(html).toMatch(/<li><code>\d{5}<\/code> [a-z-]+: /);
    expect(html).not.toMatch(/<li><code>(\d{5})<\/code> [a-z-]+: \1: /);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('audit HTML in headless Chromium', () => {
  it('renders the demo audit with no network request or page error, and can be screenshot', async () => {
    const out = await demoReport();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const requests: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith('file:')) requests.push(req.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`file://${out}`);
      expect(await page.locator('h1').textContent()).toBe('TheraCode audit report');
      expect(await page.locator('section.note').count()).toBe(5);
      expect(await page.locator('svg[role="img"]').count()).toBe(2);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
    const png = path.join(path.dirname(out), 'audit-report.png');
    await screenshot(out, png);
    expect(statSync(png).size).toBeGreaterThan(10_000);
    // Two browser launches: on a loaded 2-core machine that alone can pass the default 30 s.
  }, 120_000);
});
