// Runs the CLI in-process as a user would type it, capturing what it prints.
import { runCli } from '../../electron/cli/run';

export async function runCliCaptured(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** The same, with what it printed as text (one line per printed line), for tests that match on the whole output. */
export async function runCliText(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, out, err } = await runCliCaptured(...argv);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
