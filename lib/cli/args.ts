/** argv → a typed command, or a usage error. No I/O here. */

export type Rule = 'cms' | 'ama';

export interface AnalyzeCommand {
  command: 'analyze';
  json: boolean;
  rule: Rule;
  inputs: string[];
  /** `--billed`: claim lines ("97530 x2, 97110 x1 GP") or a file of them; null when not given. */
  billed: string | null;
}

export type ParsedArgs = { ok: true; value: AnalyzeCommand } | { ok: false; error: string };

export const USAGE = 'usage: theracode analyze [--json] [--rule cms|ama] <file…|->';

/** Parse the arguments after the program name. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { ok: false, error: command ? `unknown command "${command}"` : 'no command' };
  let json = false;
  let rule: Rule = 'cms';
  const inputs: string[] = [];
  let billed: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const value = arg.includes('=') ? arg.slice(7) : rest[++i];
      if (value !== 'cms' && value !== 'ama')
        return { ok: false, error: `--rule takes cms or ama, not "${value ?? ''}"` };
      rule = value;
    } else if (arg === '--billed' || arg.startsWith('--billed=')) {
      const value = arg.includes('=') ? arg.slice(9) : rest[++i];
      if (!value) return { ok: false, error: '--billed needs claim lines or a file' };
      billed = value;
    } else if (arg === '--') {
      inputs.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) return { ok: false, error: `unknown option "${arg}"` };
    else inputs.push(arg);
  }
  if (inputs.length === 0) return { ok: false, error: 'no input files (use - for standard input)' };
  return { ok: true, value: { command: 'analyze', json, rule, inputs, billed } };
}
