/** `theracode` CLI entry (design.md §3.2). Reads all inputs first so nothing is half-written on failure. */
import { analyze } from '../engine';
import { billedChecks, formatBilledCheck } from './analyze-billed';
import { parseArgs, USAGE } from './args';
import { AUDIT_USAGE } from './audit/args';
import { runAudit } from './audit/run';
import { type ReadResult, readInput } from './read-input';
import { formatTable } from './table';

/** Run the CLI; returns the exit code. Output goes through the given writers (tests capture them). */
export async function run(
  argv: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  if (argv[0] === 'audit') return runAudit(argv.slice(1), out, err);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    err(`theracode: ${parsed.error}\n${USAGE}\n${AUDIT_USAGE}\n`);
    return 2;
  }
  const { json, rule, inputs, billed } = parsed.value;
  const reads: ReadResult[] = [];
  for (const name of inputs) reads.push(await readInput(name));
  const failed = reads.find((r) => !r.ok);
  if (failed && !failed.ok) {
    err(`theracode: ${failed.name === '-' ? 'standard input' : failed.name}: ${failed.reason}\n`);
    return 2;
  }
  const results = reads
    .map((r) => (r.ok ? { name: r.name, analysis: analyze(r.text) } : null))
    .filter((r) => r !== null);
  // --billed: the claim check rides along as an added "billedCheck" field / a block after the table.
  let checks: Awaited<ReturnType<typeof billedChecks>> | null = null;
  try {
    checks = billed === null ? null : await billedChecks(billed, results, rule);
  } catch (e) {
    err(`theracode: ${billed}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const withBilled = (r: (typeof results)[number]) =>
    checks === null ? r.analysis : { ...r.analysis, billedCheck: checks.get(r.name) ?? null };
  const billedText = (r: (typeof results)[number]) =>
    checks === null ? '' : formatBilledCheck(r.name, checks.get(r.name) ?? null);
  if (json && results.length === 1) out(`${JSON.stringify(withBilled(results[0] as (typeof results)[number]))}\n`);
  else if (json) out(`${results.map((r) => JSON.stringify({ file: r.name, ...withBilled(r) })).join('\n')}\n`);
  else
    out(
      `${results
        .map((r) => (results.length > 1 ? `== ${r.name}\n` : '') + formatTable(r.analysis, rule) + billedText(r))
        .join('\n\n')}\n`,
    );
  return 0;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
