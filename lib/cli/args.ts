/** argv → a typed command, or a one-line usage error (Node's util.parseArgs). No I/O here. */
import { parseArgs as nodeParseArgs } from 'node:util';
import type { ColumnOptions } from './read/table-notes';

/** The unit rule a report quotes. */
export type Rule = 'cms' | 'ama';
/** `--discipline`: PT or OT, or null to let the engine read it from the note. */
export type Discipline = 'pt' | 'ot' | null;

/** Options both commands take. */
export interface CommonOptions {
  rule: Rule;
  discipline: Discipline;
  /** `--billed`: claim lines ("97530 x2, 97110 x1 GP"), a file of them, or billed.csv; null when not given. */
  billed: string | null;
  columns: ColumnOptions;
  inputs: string[];
}

/** A parsed `theracode analyze` command line. */
export interface AnalyzeCommand extends CommonOptions {
  command: 'analyze';
  json: boolean;
}

/** A usage error: one line naming the problem. */
export type Usage<T> = { ok: true; value: T } | { ok: false; error: string };

type Spec = NonNullable<Parameters<typeof nodeParseArgs>[0]>['options'];

/** The options both commands share, in util.parseArgs form. */
export const COMMON_SPEC = {
  rule: { type: 'string' },
  discipline: { type: 'string' },
  billed: { type: 'string' },
  'note-column': { type: 'string' },
  'id-column': { type: 'string' },
  'date-column': { type: 'string' },
  'therapist-column': { type: 'string' },
  'patient-column': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Spec;

/** util.parseArgs with its multi-sentence errors cut to one line ("unknown option "--x""). */
export function parseOptions<S extends Spec>(argv: readonly string[], options: S) {
  try {
    const r = nodeParseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return {
      ok: true as const,
      values: r.values as Record<string, string | boolean | undefined>,
      inputs: r.positionals,
    };
  } catch (e) {
    const err = e as Error & { code?: string };
    const name = /'(-[^']*)'/.exec(err.message)?.[1] ?? '';
    const error =
      err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option "${name.split(/[ =]/)[0]}"`
        : err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `${name.replace(/^-\w, /, '').split(' ')[0]} needs a value`
          : (err.message.split('\n')[0] ?? 'bad arguments');
    return { ok: false as const, error };
  }
}

/** Check and type the shared options; `values` come from parseOptions. */
export function commonOptions(
  values: Record<string, string | boolean | undefined>,
  inputs: string[],
): Usage<CommonOptions> {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : null);
  const rule = str('rule') ?? 'cms';
  if (rule !== 'cms' && rule !== 'ama') return { ok: false, error: `--rule takes cms or ama, not "${rule}"` };
  const discipline = str('discipline')?.toLowerCase() ?? null;
  if (discipline !== null && discipline !== 'pt' && discipline !== 'ot')
    return { ok: false, error: `--discipline takes pt or ot, not "${discipline}"` };
  const billed = str('billed');
  if (billed === '') return { ok: false, error: '--billed needs claim lines or a file' };
  return {
    ok: true,
    value: {
      rule,
      discipline,
      billed,
      inputs,
      columns: {
        noteColumn: str('note-column'),
        idColumn: str('id-column'),
        dateColumn: str('date-column'),
        therapistColumn: str('therapist-column'),
        patientColumn: str('patient-column'),
      },
    },
  };
}

/** Parse the arguments after the program name (`analyze …`). */
export function parseArgs(argv: readonly string[]): Usage<AnalyzeCommand> {
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { ok: false, error: command ? `unknown command "${command}"` : 'no command' };
  const parsed = parseOptions(rest, { ...COMMON_SPEC, json: { type: 'boolean' } });
  if (!parsed.ok) return parsed;
  const common = commonOptions(parsed.values, parsed.inputs);
  if (!common.ok) return common;
  if (common.value.inputs.length === 0) return { ok: false, error: 'no input files (use - for standard input)' };
  return { ok: true, value: { command: 'analyze', json: parsed.values.json === true, ...common.value } };
}
