// The installation's person (issue 15 «Who»): initials derived from the name, stored in the user's config folder with
// an id that survives renames, given by the session to the open plan file, offered through person.get/person.set, and
// the CLI's `--author` / PLANVERK_AUTHOR / system user.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { authorIdFor, takeAuthor } from '../../../electron/cli/cliAuthor';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createPersonStore, PERSON_FILE, systemUserName } from '../../../electron/services/person/personStore';
import { createSession } from '../../../electron/services/session';
import { initialsOf, type Person } from '../../../shared/domain/person';
import { tempDir } from '../store/helpers';

const tmp = tempDir('planverk-person-');
afterAll(() => tmp.cleanup());

describe('person', () => {
  it('derives initials from first and last name, each part of a hyphenated name, in upper case', () => {
    expect(initialsOf('Kari Nordmann')).toBe('KN');
    expect(initialsOf('  ola   jakob  hansen ')).toBe('OH');
    expect(initialsOf('Anne-Lise Berg')).toBe('ALB');
    expect(initialsOf('Øyvind Ås')).toBe('ØÅ');
    expect(initialsOf('Madonna')).toBe('M');
  });

  it('stores the person in the config folder and keeps its id when the name changes', () => {
    const path = tmp.file(`cfg/${PERSON_FILE}`);
    const store = createPersonStore(path);
    expect(store.read()).toBeNull();
    const first = store.save({ name: 'Kari Nordmann', group: 'Arbeidsgruppe 2' });
    expect(first).toMatchObject({ name: 'Kari Nordmann', initials: 'KN', group: 'Arbeidsgruppe 2' });
    const renamed = createPersonStore(path).save({ name: 'Kari Nordmann Berg', initials: 'knb', group: '' });
    expect(renamed).toEqual({ id: first.id, name: 'Kari Nordmann Berg', initials: 'knb', group: null });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(renamed);
  });

  it('a damaged person file counts as no person (the first start asks again)', () => {
    const path = tmp.file(`damaged/${PERSON_FILE}`);
    createPersonStore(path).save({ name: 'X' });
    writeFileSync(path, '{"name": 3');
    expect(createPersonStore(path).read()).toBeNull();
  });

  it('person.get offers the system user name before the first answer; person.set is what the open plan writes as', async () => {
    const session = createSession({ personFilePath: tmp.file(`api/${PERSON_FILE}`) });
    const handlers = createHandlers(session);
    const before = await dispatch(handlers, 'person.get', {});
    expect(before).toEqual({ ok: true, value: { person: null, suggestedName: systemUserName() } });
    session.create(tmp.file('api.planverk'), { sample: false });
    expect(session.current()!.currentAuthor).toBeNull();
    const set = await dispatch(handlers, 'person.set', { name: 'Per Hansen' });
    expect(set.ok).toBe(true);
    const saved = (set as { value: Person }).value;
    expect(session.current()!.currentAuthor).toEqual(saved);
    expect(await dispatch(handlers, 'person.get', {})).toMatchObject({ ok: true, value: { person: saved } });
    const refused = await dispatch(handlers, 'person.set', { name: '   ' });
    expect(refused.ok).toBe(false);
    session.close();
  });

  it('CLI: --author wins over PLANVERK_AUTHOR, which wins over the system user; the same name is the same id', () => {
    const named = takeAuthor(['fil.planverk', '--author', 'Kari Nordmann', '--json'], { PLANVERK_AUTHOR: 'Per' });
    expect(named.args).toEqual(['fil.planverk', '--json']);
    expect(named.author()).toEqual({ id: authorIdFor('kari  nordmann'), name: 'Kari Nordmann', initials: 'KN', group: null });
    expect(takeAuthor([], { PLANVERK_AUTHOR: 'Per Olsen' }).author().name).toBe('Per Olsen');
    if (systemUserName()) expect(takeAuthor([], {}).author().name).toBe(systemUserName());
    expect(() => takeAuthor(['--author', ' '], {}).author()).toThrow(expect.objectContaining({ detail: expect.stringMatching(/^--author må følges av et navn/) }));
  });
});
