/** argv of `theracode audit` → options, or a usage error. No I/O here. */
import type { Rule } from '../args';

/** The report formats `--format` accepts. */
export const FORMATS = ['table', 'csv', 'json', 'html', 'defense'] as const;
/** One of FORMATS. */
export type AuditFormat = (typeof FORMATS)[number];

/** A parsed `theracode audit` command line. */
export interface AuditCommand {
  command: 'audit';
  rule: Rule;
  format: AuditFormat;
  billed: string | null;
  out: string | null;
  inputs: string[];
}

/** The usage line printed with audit usage errors. */
export const AUDIT_USAGE =
  'usage: theracode audit <folder|file…> [--rule cms|ama] [--billed billed.csv] [--format table|csv|json|html|defense] [--out FILE]';

/** Parse the arguments after "audit". */
export function parseAuditArgs(
  argv: readonly string[],
): { ok: true; value: AuditCommand } | { ok: false; error: string } {
  const value: AuditCommand = { command: 'audit', rule: 'cms', format: 'table', billed: null, out: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const take = () => (eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i]);
    if (name === '--rule') {
      const v = take();
      if (v !== 'cms' && v !== 'ama') return { ok: false, error: `--rule takes cms or ama, not "${v ?? ''}"` };
      value.rule = v;
    } else if (name === '--format') {
      const v = take();
      if (!FORMATS.includes(v as AuditFormat))
        return { ok: false, error: `--format takes ${FORMATS.join('|')}, not "${v ?? ''}"` };
      value.format = v as AuditFormat;
    } else if (name === '--billed' || name === '--out') {
      const v = take();
      if (!v) return { ok: false, error: `${name} needs a file name` };
      if (name === '--billed') value.billed = v;
      else value.out = v;
    } else if (arg === '--') {
      value.inputs.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) return { ok: false, error: `unknown option "${arg}"` };
    else value.inputs.push(arg);
  }
  if (value.inputs.length === 0) return { ok: false, error: 'no folder or files to audit' };
  return { ok: true, value };
}
