// Routes a command line to its command; failures become one Norwegian line on stderr and a non-zero exit code.
import { ERROR_MESSAGES, PlanverkError } from '../../shared/api/errors';
import { terminalSafe } from '../../shared/domain/text';
import { takeAuthor, type CliEnv } from './cliAuthor';
import type { CliIo } from './command';
import { COMMANDS } from './commands';

export async function runCli(argv: string[], rawIo: CliIo, env: CliEnv = process.env): Promise<number> {
  // Text from a plan file (a title, a file name) must not drive the terminal: no escape codes, no bidi controls.
  const io: CliIo = { out: (line) => rawIo.out(terminalSafe(line)), err: (line) => rawIo.err(terminalSafe(line)) };
  const [name, ...withAuthor] = argv;
  const { args, author } = takeAuthor(withAuthor, env);
  const load = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(name ? `Ukjent kommando: ${name}` : 'Bruk: npm run cli -- <kommando>');
    for (const c of Object.values(COMMANDS)) io.err(`  ${(await c()).usage}`);
    return 2;
  }
  try {
    return await (await load()).run(args, io, { author });
  } catch (err) {
    if (err instanceof PlanverkError) {
      io.err(err.detail ? `${err.message} (${err.detail})` : err.message);
      return 1;
    }
    io.err(`${ERROR_MESSAGES.INTERNAL} (${(err as Error).message ?? String(err)})`);
    return 1;
  }
}
