// The CLI as a process runs it: argv in, exit code out, lines to stdout/stderr. The bundle's entry (scripts/cli.mjs
// calls `runCliProcess` from build/cli/main.cjs); electron/cli/main.ts runs it from the sources under tsx.
import { runCli } from './run';

/** Runs one command line, writing to this process's stdout/stderr; resolves to the exit code. */
export function runCliProcess(argv: string[]): Promise<number> {
  // Piped into `head`, the reader goes away early: stop writing to that stream and let the command finish, without the
  // EPIPE stack trace Node prints for an unhandled stream error.
  const gone = new Set<NodeJS.WriteStream>();
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      gone.add(stream);
    });
  }
  const writer = (stream: NodeJS.WriteStream) => (line: string) => {
    if (!gone.has(stream)) stream.write(`${line}\n`);
  };
  return runCli(argv, { out: writer(process.stdout), err: writer(process.stderr) });
}
