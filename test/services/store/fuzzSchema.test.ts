// Issue 12: schema mutations of a valid plan (triggers, indexes, views with tricky names, altered columns) are all refused,
// and no input file changes. 1,000 cases in the normal run, 10,000 with PLANVERK_LONG=1.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanverkError } from '../../../shared/api/errors';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { sha256File, smallPlan, tempDir } from './helpers';

const CASES = process.env.PLANVERK_LONG === '1' ? 10_000 : 1000;
const tmp = tempDir('planverk-fuzz-schema-', '/dev/shm');
afterAll(() => tmp.cleanup());

const TABLES = ['plan', 'chapters', 'chapterUpdates', 'themes', 'areas', 'messages_crdt', 'messages_merkle', 'meta', '__drizzle_migrations'];
const COLUMNS: Record<string, string[]> = {
  plan: ['id', 'title'],
  chapters: ['id', 'title', 'body', 'tombstone'],
  chapterUpdates: ['chapterId', 'hash'],
  themes: ['id', 'name'],
  areas: ['id', 'name', 'themeId'],
  messages_crdt: ['timestamp', 'dataset', 'row'],
  messages_merkle: ['id', 'merkle'],
  meta: ['key', 'value'],
  __drizzle_migrations: ['hash', 'created_at'],
};
/** Names that a LIKE pattern, a case-insensitive or a trimming comparison would take for ours or SQLite's own. */
const trickyName = fc.oneof(
  fc.constantFrom('sqlitex_t', 'sqliteXseq', 'sqlite%', 'SQLITE_x', 'chapterUpdates_chapter ', 'CHAPTERS_X', '__drizzle_migrations2', 'plan\u200b', 'messages_crdt_field_'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\u0000')),
);
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;
const table = fc.constantFrom(...TABLES);
const tableAndColumn = table.chain((t) => fc.tuple(fc.constant(t), fc.constantFrom(...COLUMNS[t]!)));

/** Each mutation is a list of SQL statements run with writable_schema on, as a hostile colleague with sqlite3 could. */
const mutation: fc.Arbitrary<{ kind: string; sql: string }> = fc.oneof(
  fc
    .tuple(trickyName, table, fc.constantFrom('INSERT', 'UPDATE', 'DELETE'), fc.constantFrom('BEFORE', 'AFTER'))
    .map(([name, t, event, when]) => ({ kind: 'trigger', sql: `CREATE TRIGGER ${quote(name)} ${when} ${event} ON ${quote(t)} BEGIN DELETE FROM chapters; END` })),
  fc.tuple(trickyName, table).map(([name, t]) => ({
    kind: 'reserved trigger',
    sql: `INSERT INTO sqlite_schema VALUES ('trigger', ${lit(`sqlite_${name}`)}, ${lit(t)}, 0, ${lit(`CREATE TRIGGER ${quote(`sqlite_${name}`)} AFTER INSERT ON ${quote(t)} BEGIN DELETE FROM chapters; END`)})`,
  })),
  fc
    .tuple(trickyName, tableAndColumn, fc.boolean(), fc.boolean())
    .map(([name, [t, c], unique, partial]) => ({
      kind: 'index',
      sql: `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${quote(name)} ON ${quote(t)} (${quote(c)})${partial ? ` WHERE ${quote(c)} IS NOT NULL AND rowid > 1000000` : ''}`,
    })),
  fc.tuple(trickyName, table).map(([name, t]) => ({ kind: 'view', sql: `CREATE VIEW ${quote(name)} AS SELECT * FROM ${quote(t)}` })),
  fc.tuple(trickyName, table).map(([name, t]) => ({ kind: 'column', sql: `ALTER TABLE ${quote(t)} ADD COLUMN ${quote(`x${name}`)} TEXT` })),
  fc.tuple(trickyName).map(([name]) => ({ kind: 'table', sql: `CREATE TABLE ${quote(`x${name}`)} (x)` })),
  fc.constantFrom('chapterUpdates_chapter', 'chapterUpdates_hash_unique', 'messages_crdt_field').map((name) => ({ kind: 'drop index', sql: `DROP INDEX ${quote(name)}` })),
  fc
    .tuple(
      fc.constantFrom('chapters', 'plan', 'themes'),
      fc.constantFrom(
        ["DEFAULT '' NOT NULL", "DEFAULT 'x' NOT NULL"],
        ["DEFAULT '' NOT NULL", "DEFAULT '' NOT NULL CHECK (1)"],
        ["DEFAULT '' NOT NULL", "DEFAULT '' NOT NULL COLLATE NOCASE"],
        ['text DEFAULT', 'any DEFAULT'],
        ['tombstone` integer DEFAULT 0', 'tombstone` integer DEFAULT 1'],
      ),
    )
    .map(([t, [from, to]]) => ({ kind: 'altered column', sql: `UPDATE sqlite_schema SET sql = replace(sql, ${lit(from)}, ${lit(to)}) WHERE name = ${lit(t)}` })),
);

describe('schema fuzz of plan files', () => {
  it(`refuses each of ${CASES} schema mutations (triggers, indexes, views with tricky names, altered columns), changing no file`, () => {
    const basePath = tmp.file('base.planverk');
    createPlanFile(basePath, smallPlan()).close();
    const base = readFileSync(basePath);
    const baseSchema = schemaOf(basePath);
    let i = 0;
    let accepted = 0;
    let modified = 0;
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(mutation, fc.boolean(), fc.boolean(), ({ kind, sql }, readOnly, oldVersion) => {
        const path = tmp.file(`s-${i++}.planverk`);
        writeFileSync(path, base);
        const db = new Database(path);
        db.unsafeMode(true);
        db.pragma('writable_schema = ON');
        let applied = true;
        try {
          db.exec(sql);
          if (oldVersion) db.pragma('user_version = 0');
        } catch {
          applied = false; // e.g. a random name that SQLite already uses: not a case
        } finally {
          db.close();
        }
        if (!applied) rmSync(path);
        fc.pre(applied);
        // The mutation must have changed the schema, else the case proves nothing.
        if (schemaOf(path) === baseSchema) throw new Error(`${kind}: ${sql} left the schema as it was`);
        const before = sha256File(path);
        let outcome = 'accepted';
        try {
          openPlanFile(path, { readOnly }).close();
          accepted++;
        } catch (err) {
          if (!(err instanceof PlanverkError)) throw new Error(`${kind}: ${sql} threw ${String(err)}`);
          outcome = err.code;
        }
        if (sha256File(path) !== before) modified++;
        const beside = readdirSync(tmp.dir).filter((f) => f.startsWith(`s-${i - 1}.`));
        expect(beside, `${kind}: ${sql}`).toEqual([`s-${i - 1}.planverk`]);
        outcomes.set(`${kind} ${outcome}`, (outcomes.get(`${kind} ${outcome}`) ?? 0) + 1);
        rmSync(path, { force: true });
        expect(outcome, `${kind}: ${sql} (readOnly ${readOnly}, old ${oldVersion})`).not.toBe('accepted');
      }),
      { numRuns: CASES, seed: Number(process.env.PLANVERK_FUZZ_SEED ?? 1212) },
    );
    expect({ accepted, modified }).toEqual({ accepted: 0, modified: 0 });
    // Every kind of mutation was tried.
    const kinds = new Set([...outcomes.keys()].map((k) => k.split(' ').slice(0, -1).join(' ')));
    expect([...kinds].sort()).toEqual(['altered column', 'column', 'drop index', 'index', 'reserved trigger', 'table', 'trigger', 'view']);
  }, 180_000);
});

function schemaOf(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return JSON.stringify(db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid').all());
  } catch (err) {
    return `unreadable: ${String(err)}`;
  } finally {
    db.close();
  }
}
