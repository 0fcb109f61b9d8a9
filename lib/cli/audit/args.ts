/** argv of `theracode audit` → options, or a one-line usage error. No I/O here. */
import { COMMON_SPEC, type CommonOptions, commonOptions, parseOptions, type Usage } from '../args';

/** The report formats `--format` accepts. */
export const FORMATS = ['table', 'csv', 'json', 'html', 'defense', 'xlsx'] as const;
/** One of FORMATS. */
export type AuditFormat = (typeof FORMATS)[number];

/** A parsed `theracode audit` command line. */
export interface AuditCommand extends CommonOptions {
  command: 'audit';
  format: AuditFormat;
  out: string | null;
  /** Worker threads (0: analyse in this thread). */
  jobs: number | null;
  /** Per-file time budget in seconds: a file that takes longer is skipped with that reason. */
  timeLimit: number;
}

/** Default per-file budget: a daily note takes milliseconds; 20 s is a file gone wrong. */
export const DEFAULT_TIME_LIMIT_S = 20;

/** Parse the arguments after "audit". */
export function parseAuditArgs(argv: readonly string[]): Usage<AuditCommand> {
  const parsed = parseOptions(argv, {
    ...COMMON_SPEC,
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    jobs: { type: 'string', short: 'j' },
    'time-limit': { type: 'string' },
  });
  if (!parsed.ok) return parsed;
  const common = commonOptions(parsed.values, parsed.inputs);
  if (!common.ok) return common;
  const v = parsed.values;
  const format = (v.format as string | undefined) ?? 'table';
  if (!FORMATS.includes(format as AuditFormat))
    return { ok: false, error: `--format takes ${FORMATS.join('|')}, not "${format}"` };
  const out = (v.out as string | undefined) ?? null;
  if (out === '') return { ok: false, error: '--out needs a file name' };
  if (format === 'xlsx' && out === null) return { ok: false, error: '--format xlsx needs --out FILE.xlsx' };
  const jobs = v.jobs === undefined ? null : Number(v.jobs);
  if (jobs !== null && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64))
    return { ok: false, error: `--jobs takes a whole number 0–64, not "${v.jobs}"` };
  const timeLimit = v['time-limit'] === undefined ? DEFAULT_TIME_LIMIT_S : Number(v['time-limit']);
  if (!(timeLimit > 0)) return { ok: false, error: `--time-limit takes seconds > 0, not "${v['time-limit']}"` };
  if (common.value.inputs.length === 0) return { ok: false, error: 'no folder or files to audit' };
  return {
    ok: true,
    value: { command: 'audit', format: format as AuditFormat, out, jobs, timeLimit, ...common.value },
  };
}
