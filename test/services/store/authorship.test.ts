// Author and wall time on every change (issue 15 «Who»): each change-log message and chapter update a plan file
// writes names its author (people table) and time; files from before migration 0006 keep their changes as by an
// unknown author; copies carrying authors merge by union, junk authors are refused, and three persons' copies merged
// in every order give the same plan and the same authors.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { lastChanges, fieldHistory } from '../../../electron/services/history/changeHistory';
import { runMerge } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { COMPACT_AFTER_UPDATES } from '../../../electron/services/store/rowWriter';
import { readPeople } from '../../../electron/services/store/authorship';
import type { PlanverkError } from '../../../shared/api/errors';
import type { Person } from '../../../shared/domain/person';
import { yDocFromUpdates, YJS_FIELD } from '../../../shared/editor';
import { asOlderSchema, authorsSnapshot, sha256File, smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-authors-');
afterAll(() => tmp.cleanup());

const KARI: Person = { id: '11111111-1111-4111-8111-111111111111', name: 'Kari Nordmann', initials: 'KN', group: 'Arbeidsgruppe 1' };
const PER: Person = { id: '22222222-2222-4222-8222-222222222222', name: 'Per Hansen', initials: 'PH', group: null };
const ANNE: Person = { id: '33333333-3333-4333-8333-333333333333', name: 'Anne-Lise Berg', initials: 'ALB', group: 'Arbeidsgruppe 3' };

const plan = smallPlan();
const chapterId = plan.chapters[0]!.id;
const areaId = plan.areas[0]!.id;

/** One typing pause in the chapter: `text` at the start of its first text node, as the editor's Yjs update. */
function typeInChapter(file: ReturnType<typeof openPlanFile>, text: string): void {
  const doc = yDocFromUpdates([file.chapterState(chapterId)]);
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (update = u));
  for (const node of doc.getXmlFragment(YJS_FIELD).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlText) {
      node.insert(0, text);
      break;
    }
  }
  file.appendChapterUpdate(chapterId, update!);
}

function newPlan(name: string, author: Person | null = KARI): string {
  const path = tmp.file(`${name}.planverk`);
  createPlanFile(path, plan, author ? { author } : {}).close();
  return path;
}

function withFile<T>(path: string, author: Person | null, fn: (file: ReturnType<typeof openPlanFile>) => T): T {
  const file = openPlanFile(path, author ? { author } : {});
  try {
    return fn(file);
  } finally {
    file.close();
  }
}

const authorsOf = (path: string) => withFile(path, null, (file) => authorsSnapshot(file.database));

describe('author and wall time on every change', () => {
  it('every change-log message and chapter update written names its author and time, and the plan names the person', () => {
    const path = newPlan('skriv');
    const before = Date.now();
    withFile(path, PER, (file) => {
      file.mutate([{ table: 'areas', id: areaId, column: 'name', value: 'Bolig og bygg' }]);
      typeInChapter(file, 'Nytt ');
    });
    const after = Date.now();
    const db = new Database(path, { readonly: true });
    try {
      const mine = db.prepare('SELECT author, wallTime FROM messages_crdt WHERE dataset = ? AND "column" = ?').get('areas', 'name') as { author: string; wallTime: number };
      expect(mine).toBeDefined();
      const last = db.prepare('SELECT author, wallTime FROM messages_crdt ORDER BY timestamp DESC LIMIT 1').get() as { author: string; wallTime: number };
      expect(last.author).toBe(PER.id);
      expect(last.wallTime).toBeGreaterThanOrEqual(before);
      expect(last.wallTime).toBeLessThanOrEqual(after);
      const update = db.prepare('SELECT author, wallTime FROM chapterUpdates ORDER BY id DESC LIMIT 1').get() as { author: string; wallTime: number };
      expect(update.author).toBe(PER.id);
      expect(update.wallTime).toBeGreaterThanOrEqual(before);
      // The creator wrote the first messages.
      expect(db.prepare('SELECT count(*) FROM messages_crdt WHERE author IS NULL OR wallTime IS NULL').pluck().get()).toBe(0);
      expect(readPeople(db).map(({ stamp: _s, ...p }) => p)).toEqual([KARI, PER]);
    } finally {
      db.close();
    }
    const areas = withFile(path, null, (f) => lastChanges(f.database, 'areas'));
    expect(areas[areaId]!.author).toEqual(PER);
    const chapters = withFile(path, null, (f) => lastChanges(f.database, 'chapters'));
    expect(chapters[chapterId]!.author).toEqual(PER);
  });

  it('a renamed person stays the same author, and the plan shows the new name for all their changes', () => {
    const path = newPlan('omdøpt');
    const renamed = { ...KARI, name: 'Kari Nordmann Berg', initials: 'KNB' };
    withFile(path, renamed, (file) => file.mutate([{ table: 'areas', id: areaId, column: 'name', value: 'Bolig 2' }]));
    withFile(path, null, (file) => {
      expect(readPeople(file.database).map((p) => p.name)).toEqual(['Kari Nordmann Berg']);
      const history = fieldHistory(file.database, 'areas', areaId, 'name');
      expect(history.map((h) => [h.text, h.author?.name])).toEqual([
        ['Bolig 2', 'Kari Nordmann Berg'],
        ['Bolig', 'Kari Nordmann Berg'],
      ]);
    });
  });

  it('a file from before migration 0006 opens with its old changes by an unknown author; new changes carry the author', () => {
    const path = newPlan('gammel', null);
    const db = new Database(path);
    asOlderSchema(db, 5);
    db.close();
    withFile(path, ANNE, (file) => {
      expect(file.backupPath).not.toBeNull();
      const old = fieldHistory(file.database, 'areas', areaId, 'name');
      expect(old).toHaveLength(1);
      expect(old[0]!.author).toBeNull();
      expect(Date.parse(old[0]!.at)).toBeGreaterThan(Date.parse('2026-01-01'));
      file.mutate([{ table: 'areas', id: areaId, column: 'name', value: 'Etter' }]);
      expect(fieldHistory(file.database, 'areas', areaId, 'name').map((h) => h.author?.name ?? null)).toEqual(['Anne-Lise Berg', null]);
    });
  });

  it(`compacting a chapter's updates (over ${COMPACT_AFTER_UPDATES}) keeps each author's latest change`, () => {
    const path = newPlan('kompakt');
    withFile(path, PER, (file) => typeInChapter(file, 'per '));
    withFile(path, KARI, (file) => {
      // The creation's update and Per's are there: the one that makes COMPACT_AFTER_UPDATES + 1 compacts them all.
      for (let i = 0; i < COMPACT_AFTER_UPDATES - 1; i++) typeInChapter(file, 'k');
    });
    withFile(path, null, (file) => {
      const rows = file.database.prepare('SELECT author FROM chapterUpdates ORDER BY author').pluck().all();
      expect(rows).toEqual([KARI.id, PER.id]);
      expect(lastChanges(file.database, 'chapters')[chapterId]!.author).toEqual(KARI);
      expect(file.readPlan().chapters[0]!.body.content![0]!.content![0]!.text).toBe(`${'k'.repeat(COMPACT_AFTER_UPDATES - 1)}per Bakgrunn`);
    });
  });
});

describe('authors in returned copies', () => {
  /** A plan and a copy made from it; the copy is changed by `author`. */
  function planAndCopy(name: string, author: Person) {
    const here = newPlan(name);
    const copy = tmp.file(`${name} kopi.planverk`);
    withFile(here, null, (f) => f.saveCopy(copy));
    withFile(copy, author, (f) => f.mutate([{ table: 'areas', id: areaId, column: 'name', value: `Fra ${author.name}` }]));
    return { here, copy };
  }

  it('a copy brings its authors: after the merge the plan shows who changed the row', () => {
    const { here, copy } = planAndCopy('inn', PER);
    withFile(here, KARI, (f) => runMerge(f, copy));
    const areas = authorsOf(here).last.areas as Record<string, { author: Person | null }>;
    expect(areas[areaId]!.author).toEqual(PER);
  });

  for (const [label, sql] of [
    ['an author the copy does not carry', "UPDATE messages_crdt SET author = 'ukjent-person' WHERE author IS NOT NULL"],
    ['a wall time that is no time', "UPDATE messages_crdt SET wallTime = 'i går' WHERE author IS NOT NULL"],
    ['a person without a name', "UPDATE people SET name = '' WHERE id = '22222222-2222-4222-8222-222222222222'"],
    ['a chapter update by an unknown author', "UPDATE chapterUpdates SET author = 'ingen', wallTime = 1 WHERE id = (SELECT max(id) FROM chapterUpdates)"],
  ] as const) {
    it(`a copy with ${label} is refused with one sentence, both files untouched`, () => {
      const { here, copy } = planAndCopy(`junk-${label.length}`, PER);
      if (label.includes('chapter')) withFile(copy, PER, (f) => typeInChapter(f, 'x'));
      const raw = new Database(copy);
      raw.exec(sql);
      raw.close();
      const sums = [sha256File(here), sha256File(copy)];
      const err = withFile(here, KARI, (f) => {
        try {
          runMerge(f, copy);
          return null;
        } catch (e) {
          return e as PlanverkError;
        }
      });
      expect(err?.code).toBe('INVALID_COPY');
      expect(err?.message).toMatch(/ugyldig forfatter eller tidspunkt/);
      expect([sha256File(here), sha256File(copy)]).toEqual(sums);
    });
  }

  it('three copies changed by three persons, merged in every order, give identical plans and identical authors', () => {
    const base = newPlan('tre');
    const persons = [KARI, PER, ANNE];
    const copies = persons.map((person, i) => {
      const copy = tmp.file(`tre-kopi${i}.planverk`);
      withFile(base, null, (f) => f.saveCopy(copy));
      withFile(copy, person, (f) => {
        f.mutate([{ table: 'areas', id: areaId, column: 'name', value: `Område ${person.initials}` }]);
        f.mutate([{ table: 'plan', id: plan.plan.id, column: 'subtitle', value: `Undertittel ${i}` }]);
        typeInChapter(f, `${person.initials} `);
      });
      // Persons rename themselves in some copies: the later name must win whatever the order.
      if (i === 1) withFile(copy, { ...person, name: 'Per H. Hansen' }, (f) => f.mutate([{ table: 'themes', id: plan.themes[0]!.id, column: 'name', value: 'Tema' }]));
      return copy;
    });
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    const results = orders.map((order, k) => {
      const target = tmp.file(`tre-resultat${k}.planverk`);
      withFile(base, null, (f) => f.saveCopy(target));
      for (const i of order) withFile(target, KARI, (f) => runMerge(f, copies[i]!));
      return { plan: withFile(target, null, (f) => JSON.stringify(f.readPlan())), authors: authorsOf(target) };
    });
    for (const r of results.slice(1)) {
      expect(r.plan).toBe(results[0]!.plan);
      expect(r.authors).toEqual(results[0]!.authors);
    }
    const { authors } = results[0]!;
    expect(authors.people.map((p) => p.name).sort()).toEqual(['Anne-Lise Berg', 'Kari Nordmann', 'Per H. Hansen']);
    const last = authors.last as Record<string, Record<string, { author: Person | null }>>;
    expect(Object.keys(last.chapters!)).toContain(chapterId);
    expect(persons.map((p) => p.id)).toContain(last.areas![areaId]!.author!.id);
  });
});
