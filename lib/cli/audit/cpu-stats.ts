/**
 * The bench's view of an audit's CPU time (THERACODE_STATS=1, tests/bench/cli.ts): the whole process,
 * worker threads included, and the main thread alone — what listing, collecting the workers' results,
 * copy-forward and the report cost beside the analysis itself.
 */
import { readFileSync } from 'node:fs';

/** The main thread's CPU milliseconds from /proc (Linux); null elsewhere. */
function mainThreadMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name "(…)": utime and stime are the 12th and 13th, in clock ticks (100 a second).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

/** "notes=N cpu_ms=… main_ms=…" for the stats line. */
export function cpuStats(notes: number): string {
  const cpu = process.cpuUsage();
  const main = mainThreadMs();
  return `notes=${notes} cpu_ms=${Math.round((cpu.user + cpu.system) / 1000)}${main === null ? '' : ` main_ms=${main}`}`;
}
