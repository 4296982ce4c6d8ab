// `npm run cli -- <command> …`: the command-line tool (bundled by scripts/build-cli.mjs, run by scripts/cli.mjs; tsx runs it too).
import { runCli } from './run';

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

const code = await runCli(process.argv.slice(2), { out: writer(process.stdout), err: writer(process.stderr) });
process.exitCode = code;
