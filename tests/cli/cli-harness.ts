/** Run the CLI in-process with captured stdout/stderr (shared by the audit tests). */
import { run } from '../../lib/cli/main';

/** Exit code and captured output of one CLI run. */
export async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(
    argv,
    (s) => {
      stdout += s;
    },
    (s) => {
      stderr += s;
    },
  );
  return { code, stdout, stderr };
}
