/** `theracode` CLI entry (design.md §3.2). Reads all inputs first so nothing is half-written on failure. */
import { analyze } from '../engine';
import { parseArgs, USAGE } from './args';
import { type ReadResult, readInput } from './read-input';
import { formatTable } from './table';

/** Run the CLI; returns the exit code. Output goes through the given writers (tests capture them). */
export async function run(
  argv: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    err(`theracode: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const { json, rule, inputs } = parsed.value;
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
  if (json && results.length === 1) out(`${JSON.stringify(results[0]?.analysis)}\n`);
  else if (json) out(`${results.map((r) => JSON.stringify({ file: r.name, ...r.analysis })).join('\n')}\n`);
  else
    out(
      results.map((r) => (results.length > 1 ? `== ${r.name}\n` : '') + formatTable(r.analysis, rule)).join('\n\n') +
        '\n',
    );
  return 0;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
