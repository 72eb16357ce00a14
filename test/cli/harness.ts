import { runCli } from '../../src/cli/index.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function cli(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
  stdin = '',
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    isTty: false,
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}
