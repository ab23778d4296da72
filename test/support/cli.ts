import { runCli } from '../../src/cli/run';

/** Runs the `candor` command in-process with captured output and an empty environment. */
export async function runCandor(argv: string[], cwd?: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env });
  return { code, stdout, stderr };
}
