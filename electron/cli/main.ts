// `npm run cli -- <command> …`: the command-line tool (run through tsx).
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
process.exitCode = code;
