// Issue 15 «Who»: the CLI takes its person from `--author "Navn"` or PLANVERK_AUTHOR. A real run of `new` and `version`
// with each: every change-log message, chapter update and version in the file names that person, and --author wins.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { readPeople } from '../../electron/services/store/authorship';
import { tempDir } from '../services/store/helpers';

const tmp = tempDir('planverk-cli-author-');
afterAll(() => tmp.cleanup());

async function cli(env: { PLANVERK_AUTHOR?: string }, ...argv: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  expect({ code, err }).toEqual({ code: 0, err: [] });
  return out;
}

/** Who the file says wrote its messages, chapter updates and versions (names, from the people table). */
function writers(path: string): { people: string[]; messages: string[]; updates: string[] } {
  const db = new Database(path, { readonly: true });
  try {
    const names = new Map(readPeople(db).map((p) => [p.id, p.name]));
    const byAuthor = (sql: string) => [...new Set((db.prepare(sql).all() as { author: string | null }[]).map((r) => (r.author === null ? 'ukjent' : (names.get(r.author) ?? r.author))))];
    return {
      people: [...names.values()],
      messages: byAuthor('SELECT author FROM messages_crdt'),
      updates: byAuthor('SELECT author FROM chapterUpdates'),
    };
  } finally {
    db.close();
  }
}

describe('the CLI’s person', () => {
  it('PLANVERK_AUTHOR names the person of everything the CLI writes when no --author is given', async () => {
    const path = tmp.file('miljø.planverk');
    await cli({ PLANVERK_AUTHOR: 'Per Olsen' }, 'new', path, '--sample');
    await cli({ PLANVERK_AUTHOR: 'Per Olsen' }, 'version', path, '--name', 'Utkast');
    expect(writers(path)).toEqual({ people: ['Per Olsen'], messages: ['Per Olsen'], updates: ['Per Olsen'] });
    const [listed] = JSON.parse((await cli({}, 'versions', path, '--json')).join('\n')) as { author: { name: string; initials: string } }[];
    expect(listed!.author).toMatchObject({ name: 'Per Olsen', initials: 'PO' });
  });

  it('--author wins over PLANVERK_AUTHOR; a later run without --author writes as PLANVERK_AUTHOR, and the earlier rows stay the first person’s', async () => {
    const path = tmp.file('argument.planverk');
    await cli({ PLANVERK_AUTHOR: 'Per Olsen' }, 'new', path, '--sample', '--author', 'Kari Nordmann');
    expect(writers(path)).toEqual({ people: ['Kari Nordmann'], messages: ['Kari Nordmann'], updates: ['Kari Nordmann'] });
    await cli({ PLANVERK_AUTHOR: 'Per Olsen' }, 'version', path, '--name', 'Høringsutkast');
    const versions = JSON.parse((await cli({}, 'versions', path, '--json')).join('\n')) as { name: string; author: { name: string } }[];
    expect(versions.map((v) => [v.name, v.author.name]).sort()).toEqual([['Høringsutkast', 'Per Olsen']]);
    // The plan's rows and text stay Kari's: the version is the only thing Per wrote.
    expect(writers(path)).toMatchObject({ messages: ['Kari Nordmann'], updates: ['Kari Nordmann'] });
  });
});
