// Runs the CLI in-process as a user would type it, capturing what it prints.
import { runCli } from '../../electron/cli/run';

export async function runCliCaptured(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
