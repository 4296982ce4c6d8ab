// Who the CLI writes changes as (issue 15 «Who»): `--author "Navn"` on the command line, else PLANVERK_AUTHOR, else the
// system user («kari.nordmann» → «Kari Nordmann»). A script on a shared server should name its author; a person at
// their own machine need not. The id is derived from the name, so the same name is the same author in every run.
import { createHash } from 'node:crypto';
import { PlanverkError } from '../../shared/api/errors';
import { personFromInput, PERSON_NAME_MAX, type Person } from '../../shared/domain/person';
import { systemUserName } from '../services/person/personStore';

export type CliEnv = { PLANVERK_AUTHOR?: string | undefined };

/** Takes `--author <navn>` out of the arguments; the author is resolved only when a command writes. */
export function takeAuthor(args: readonly string[], env: CliEnv): { args: string[]; author: () => Person } {
  const rest: string[] = [];
  let named: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--author') named = args[++i] ?? '';
    else if (args[i]!.startsWith('--author=')) named = args[i]!.slice('--author='.length);
    else rest.push(args[i]!);
  }
  return { args: rest, author: () => resolveAuthor(named, env) };
}

function resolveAuthor(named: string | undefined, env: CliEnv): Person {
  if (named !== undefined && !named.trim()) throw new PlanverkError('INVALID_ARGS', '--author må følges av et navn, for eksempel --author "Kari Nordmann"');
  const name = (named ?? env.PLANVERK_AUTHOR ?? '').trim() || systemUserName();
  if (!name) throw new PlanverkError('INVALID_ARGS', 'oppgi hvem som endrer planen med --author "Navn" eller miljøvariabelen PLANVERK_AUTHOR');
  if (name.length > PERSON_NAME_MAX) throw new PlanverkError('INVALID_ARGS', `--author kan være høyst ${PERSON_NAME_MAX} tegn`);
  return personFromInput(authorIdFor(name), { name });
}

/** A UUID-shaped id from the name (case and spacing ignored): `cli --author` in two runs writes as one person. */
export function authorIdFor(name: string): string {
  const h = createHash('sha256').update(`planverk-cli-author:${name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb')}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
