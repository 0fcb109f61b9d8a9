/** The plain table: both rules side by side, the checklist with hints, flags, and --rule for the summary. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';
import { formatTable, summaryLine } from '../../lib/cli/table';
import type { Analysis, Segment } from '../../lib/contracts/analysis';
import { findMissing } from '../../lib/engine/completeness';
import { findFlags } from '../../lib/engine/flags';
import { buildLedger } from '../../lib/engine/ledger';

/** An Analysis from hand-built segments, through the real ledger/completeness/flags stages. */
function analysisOf(parts: [Segment['code'], number | null, string][]): Analysis {
  let text = '';
  const segments: Segment[] = parts.map(([code, minutes, t]) => {
    const start = text.length;
    text += `${t}\n`;
    return {
      start,
      end: start + t.length,
      text: t,
      status: code ? 'performed' : 'other',
      code,
      alternatives: [],
      confidence: 0.9,
      minutes,
      evidence: [],
      why: '',
    };
  });
  const ledger = buildLedger(segments, text);
  return {
    schemaVersion: 1,
    rulesetVersion: '2026.11.0',
    noteHash: `sha256:${'0'.repeat(64)}`,
    segments,
    codes: ledger.codes,
    totals: ledger.totals,
    suggested: ledger.codes[0]?.code ?? null,
    missing: findMissing(segments, text),
    flags: [...ledger.flags, ...findFlags(segments, text, ledger.codes)],
  };
}

// Domain §4: 97110 33 + 97140 7 → CMS 3 (2 + 1), AMA 2 (2 + 0).
const a = analysisOf([
  ['97110', 33, 'TE 33 min: bridges 3x10 B LE for glute strength, VC, tolerated well'],
  ['97140', 7, 'MT 7 min: STM R quad'],
]);

describe('formatTable', () => {
  const cms = formatTable(a, 'cms');
  const ama = formatTable(a, 'ama');

  it('shows minutes, CMS and AMA units side by side, with the difference', () => {
    expect(cms).toMatch(/minutes\s+CMS\s+AMA\s+CMS−AMA/);
    expect(cms).toMatch(/97110 Therapeutic exercise\s+33\s+2\s+2\s*\n/);
    expect(cms).toMatch(/97140 Manual therapy\s+7\s+1\s+0\s+\+1/);
    expect(cms).toMatch(/Total timed\s+40\s+3\s+2\s+\+1/);
  });
  it('the ledger is the same under both rules; the suggested line and summary follow --rule', () => {
    const ledgerOf = (s: string) => s.slice(s.indexOf('Minute ledger'), s.indexOf('Missing documentation'));
    expect(ledgerOf(cms)).toBe(ledgerOf(ama));
    expect(cms).toMatch(/Suggested \(CMS\): 97110 Therapeutic exercise — 2 units \(CMS 8-minute rule\)/);
    expect(summaryLine(a, 'cms')).toBe(
      'Summary (CMS 8-minute rule): 3 timed units from 40 timed minutes: 97110 ×2, 97140 ×1',
    );
    expect(summaryLine(a, 'ama')).toBe('Summary (AMA midpoint rule): 2 timed units from 40 timed minutes: 97110 ×2');
    expect(ama).toContain('Summary (AMA midpoint rule)');
  });
  it('lists missing elements with their hints, and the flags with ids', () => {
    expect(cms).toMatch(/\[ \] #1 97140\s+purpose\s+97140: no purpose or goal stated/);
    expect(cms).toContain('State what this activity was for');
    const f = formatTable(
      analysisOf([
        ['97110', 20, 'TE 20 min: bridges 3x10 B LE for glute strength, VC, tolerated well'],
        [null, null, 'Billed 97110 x3'],
      ]),
      'cms',
    );
    expect(f).toMatch(/Flags\n {2}\[warning\] units\.note-overstated: .*97110.* \(#1\)/);
  });
  it('marks untimed codes and keeps them out of the timed total', () => {
    const g = formatTable(analysisOf([['97150', 30, 'Group 30 min: 3 pts UE circuit for endurance, cueing']]), 'cms');
    expect(g).toMatch(/97150 Group therapeutic procedure \(untimed\)\s+30\s+1\s+1/);
    expect(g).toMatch(/Total timed\s+0\s+0\s+0/);
  });
  it('an empty note still renders', () => {
    const e = formatTable(analysisOf([]), 'ama');
    expect(e).toContain('Suggested (AMA): — (nothing billable found)');
    expect(e).toContain('(no performed interventions)');
    expect(e).toContain('Summary (AMA midpoint rule): 0 timed units from 0 timed minutes');
  });
});

describe('theracode analyze --rule', () => {
  const capture = async (argv: string[]) => {
    let out = '';
    const code = await run(
      argv,
      (s) => {
        out += s;
      },
      () => {},
    );
    return { code, out };
  };
  it('--rule ama changes the summary; --json carries both rules regardless', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tc-rule-')), 'n.txt');
    writeFileSync(file, 'Ther ex 7 min: LAQ 3x10 for quad strength.\n');
    const plain = await capture(['analyze', '--rule', 'ama', file]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/Suggested \(AMA\)/);
    expect(plain.out).toMatch(/Summary \(AMA midpoint rule\)/);
    expect((await capture(['analyze', '--rule=ama', file])).out).toMatch(/Summary \(AMA midpoint rule\)/);
    expect((await capture(['analyze', file])).out).toMatch(/Summary \(CMS 8-minute rule\)/);
    const json = JSON.parse((await capture(['analyze', '--json', '--rule', 'ama', file])).out);
    expect(Object.keys(json.totals.units).sort()).toEqual(['ama', 'cms']);
  });
});
