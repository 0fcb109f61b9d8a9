/** The one way a usage error is reported: one line naming the problem, exit status 2. */

/** Write `theracode: <problem> (see theracode --help)` and return 2. */
export function usage(err: (s: string) => void, problem: string): number {
  err(`theracode: ${problem} (see theracode --help)\n`);
  return 2;
}
