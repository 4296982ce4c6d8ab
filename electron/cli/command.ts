// What a CLI command is: a name, a usage line and a function from arguments to an exit code.
import type { Person } from '../../shared/domain/person';

export type CliIo = { out: (line: string) => void; err: (line: string) => void };
/** What every command may ask for: the person its changes are written by (cliAuthor.ts; resolved when asked). */
export type CliContext = { author: () => Person };
export type Command = { usage: string; run: (args: string[], io: CliIo, ctx: CliContext) => Promise<number> | number };

/** Splits `--flag value` options from positional arguments; `boolean` names flags that take no value. */
export function parseArgs(args: string[], boolean: string[] = []): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) positional.push(a);
    else if (boolean.includes(a.slice(2))) options.set(a.slice(2), true);
    else options.set(a.slice(2), args[++i] ?? '');
  }
  return { positional, options };
}
