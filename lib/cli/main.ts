/** `theracode` CLI entry (design.md §3.2). Reads all inputs first so nothing is half-written on failure. */
import { analyze } from '../engine';
import { type AnalyzeCommand, parseArgs } from './args';
import { engineOptions } from './engine-options';
import { ANALYZE_HELP, AUDIT_HELP, MAIN_HELP, versionText } from './help';
import { NO_COLUMNS, readSource, type SourceNote } from './read/source';
import { formatTable } from './table';
import { usage } from './usage';

/** `analyze` refuses inputs (files or standard input) larger than this; the engine cuts long notes anyway. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

type Write = (s: string) => void;

/** The text for --version / --help / help CMD / CMD --help; "theracode: …" for help on an unknown command; null otherwise. */
function helpFor(argv: readonly string[]): string | null {
  const [first, second] = argv;
  const asksHelp = argv.includes('--help') || argv.includes('-h');
  if (first === '--version' || first === '-v' || first === 'version') return versionText();
  if (first === 'help' && second !== undefined) {
    if (second === 'analyze') return ANALYZE_HELP;
    if (second === 'audit') return AUDIT_HELP;
    return `theracode: no help for "${second}" (commands: analyze, audit)`;
  }
  if (first === 'analyze' && asksHelp) return ANALYZE_HELP;
  if (first === 'audit' && asksHelp) return AUDIT_HELP;
  if (first === 'help' || first === '--help' || first === '-h') return MAIN_HELP;
  return null;
}

/** Run the CLI; returns the exit code. Output goes through the given writers (tests capture them). */
export async function run(
  argv: readonly string[],
  out: Write = (s) => process.stdout.write(s),
  err: Write = (s) => process.stderr.write(s),
): Promise<number> {
  const help = helpFor(argv);
  if (help !== null) {
    if (help.startsWith('theracode: ')) return usage(err, help.slice(11));
    out(help);
    return 0;
  }
  // Loaded on demand: `analyze note.txt` starts without the audit's report writers and readers.
  if (argv[0] === 'audit') return (await import('./audit/run')).runAudit(argv.slice(1), out, err);
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usage(err, parsed.error);
  return runAnalyze(parsed.value, out, err);
}

async function runAnalyze(cmd: AnalyzeCommand, out: Write, err: Write): Promise<number> {
  const notes: SourceNote[] = [];
  for (const name of cmd.inputs) {
    const r = await readSource(name, { ...NO_COLUMNS, ...cmd.columns }, MAX_INPUT_BYTES);
    if (!r.ok) {
      err(`theracode: ${r.name === '-' ? 'standard input' : r.name}: ${r.reason}\n`);
      return 2;
    }
    notes.push(...r.notes);
  }
  const options = engineOptions(cmd.discipline);
  const results = notes.map((n) => ({ name: n.name, analysis: analyze(n.text, options) }));
  // --billed: the claim check rides along as an added "billedCheck" field / a block after the table.
  const billed = cmd.billed === null ? null : await import('./analyze-billed');
  let checks: Awaited<ReturnType<NonNullable<typeof billed>['billedChecks']>> | null = null;
  try {
    checks =
      billed === null ? null : await billed.billedChecks(cmd.billed as string, results, cmd.rule, options.discipline);
  } catch (e) {
    err(`theracode: ${cmd.billed}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  type Result = (typeof results)[number];
  const withBilled = (r: Result) =>
    checks === null ? r.analysis : { ...r.analysis, billedCheck: checks.get(r.name) ?? null };
  const billedText = (r: Result) =>
    checks === null || billed === null ? '' : billed.formatBilledCheck(r.name, checks.get(r.name) ?? null);
  if (cmd.json && results.length === 1) out(`${JSON.stringify(withBilled(results[0] as Result))}\n`);
  else if (cmd.json) out(results.map((r) => `${JSON.stringify({ file: r.name, ...withBilled(r) })}\n`).join(''));
  else
    out(
      `${results
        .map((r) => (results.length > 1 ? `== ${r.name}\n` : '') + formatTable(r.analysis, cmd.rule) + billedText(r))
        .join('\n\n')}\n`,
    );
  return 0;
}

// `tsx lib/cli/main.ts …` (npm run theracode in development); the installed command enters via bin.ts.
const invokedDirectly = process.argv[1]?.replace(/\\/g, '/').endsWith('lib/cli/main.ts');
if (invokedDirectly) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
