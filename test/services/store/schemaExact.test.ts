// Issue 12 items 6–7: a plan file's schema must be exactly the one our migrations create, whatever its names look like.
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { asOlderSchema, sha256File, smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-schema-');
afterAll(() => tmp.cleanup());
let n = 0;

function validFile(): string {
  const path = tmp.file(`plan-${++n}.planverk`);
  createPlanFile(path, smallPlan()).close();
  return path;
}

/** A valid plan with `sql` run on it as a hostile colleague would with sqlite3 (writable_schema for what DDL forbids). */
function hostile(sql: string, { userVersion }: { userVersion?: number } = {}): string {
  const path = validFile();
  const db = new Database(path);
  db.unsafeMode(true); // lets writable_schema edit sqlite_schema, as the sqlite3 shell can
  db.pragma('writable_schema = ON');
  db.exec(sql);
  if (userVersion !== undefined) db.pragma(`user_version = ${userVersion}`);
  db.close();
  return path;
}

function expectRefusedBoth(path: string): void {
  const before = sha256File(path);
  for (const readOnly of [false, true]) {
    expect(() => openPlanFile(path, { readOnly }), `readOnly ${readOnly}`).toThrow(
      expect.objectContaining({ code: 'INVALID_PLAN', message: 'Filen har Planverk-format, men innholdet er ikke en gyldig plan; filen er ikke endret.' }),
    );
    expect(sha256File(path)).toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
  }
}

const setSql = (name: string, from: string, to: string) =>
  `UPDATE sqlite_schema SET sql = replace(sql, '${from.replace(/'/g, "''")}', '${to.replace(/'/g, "''")}') WHERE name = '${name}'`;

describe('the open check compares the schema exactly (issue 12 items 6 and 7)', () => {
  it('refuses a trigger named sqlitex_… that would empty every chapter on the first edit', () => {
    expectRefusedBoth(hostile('CREATE TRIGGER sqlitex_empty AFTER UPDATE ON plan BEGIN UPDATE chapters SET tombstone = 1; END'));
  });

  it('refuses a trigger whose name SQLite reserves (sqlite_…), written straight into sqlite_schema', () => {
    expectRefusedBoth(
      hostile(
        "INSERT INTO sqlite_schema VALUES ('trigger', 'sqlite_t', 'themes', 0, 'CREATE TRIGGER sqlite_t AFTER INSERT ON themes BEGIN DELETE FROM chapters; END')",
      ),
    );
  });

  it('refuses a partial unique index that would silently drop later chapter updates', () => {
    expectRefusedBoth(hostile('CREATE UNIQUE INDEX sqlitex_once ON chapterUpdates (chapterId) WHERE id > 0'));
  });

  it('refuses one of our own indexes redefined as a partial unique index under its own name', () => {
    expectRefusedBoth(
      hostile('DROP INDEX chapterUpdates_chapter; CREATE UNIQUE INDEX chapterUpdates_chapter ON chapterUpdates (chapterId) WHERE length(hash) > 0'),
    );
  });

  it('refuses an extra plain index and a missing one', () => {
    expectRefusedBoth(hostile('CREATE INDEX chapters_title ON chapters (title)'));
    expectRefusedBoth(hostile('DROP INDEX messages_crdt_field'));
  });

  it('refuses views with tricky names', () => {
    for (const name of ['sqlite%view', 'sqlitexview', '__drizzle_migrations_v', 'chapters ']) {
      expectRefusedBoth(hostile(`CREATE VIEW "${name}" AS SELECT * FROM plan`));
    }
  });

  it('refuses an extra column, a changed DEFAULT, an added CHECK and a changed type', () => {
    expectRefusedBoth(hostile('ALTER TABLE chapters ADD COLUMN extra TEXT'));
    expectRefusedBoth(hostile(setSql('chapters', "`status` text DEFAULT 'utkast'", "`status` text DEFAULT 'vedtatt'")));
    expectRefusedBoth(hostile(setSql('chapters', "`title` text DEFAULT '' NOT NULL", "`title` text DEFAULT '' NOT NULL CHECK (length(title) < 1000)")));
    expectRefusedBoth(hostile(setSql('themes', '`name` text', '`name` any')));
  });

  it('refuses statistics tables and extra tables whatever their name', () => {
    expectRefusedBoth(hostile('ANALYZE'));
    expectRefusedBoth(hostile('CREATE TABLE "sqlitex_seq" (x)'));
  });

  it('refuses an older-version file with a trigger or an extra index before migrating it, and writes no backup', () => {
    for (const sql of ['CREATE TRIGGER sqlitex_t AFTER INSERT ON themes BEGIN DELETE FROM chapters; END', 'CREATE INDEX x_title ON chapters (title)']) {
      const path = hostile(sql, { userVersion: 0 });
      expectRefusedBoth(path);
      expect(existsSync(path.replace('.planverk', '.backup-v0'))).toBe(false);
    }
  });

  it('opens a real version-1 file (before the plan-identity migration) by migrating it, and refuses one with a trigger or an index', () => {
    // A version-1 file is today's file without what migration 0001 and the later ones added.
    const v1 = (extra: string) => {
      const path = validFile();
      const db = new Database(path);
      asOlderSchema(db, 1);
      db.exec(extra);
      db.close();
      return path;
    };
    const good = v1('');
    const opened = openPlanFile(good);
    expect(opened.backupPath).not.toBeNull();
    // Migration 0003 writes the name the cover showed: plan type in front (docs/architecture.md, «What the adviser types is kept as written»).
    expect(opened.readPlan().plan.title).toBe('Kommunedelplan testplan');
    opened.close();
    for (const extra of ['CREATE TRIGGER sqlitex_v1 AFTER UPDATE ON plan BEGIN DELETE FROM chapters; END;', 'CREATE INDEX themes_name ON themes (name);']) {
      const path = v1(extra);
      expectRefusedBoth(path);
      expect(readdirSync(tmp.dir).filter((f) => f.startsWith(basename(path, '.planverk') + '.backup'))).toEqual([]);
    }
  });

  it('opens «Lagre som» and «Del på e-post» copies (VACUUM INTO) of a good plan, and an older-version file', () => {
    const path = validFile();
    const file = openPlanFile(path);
    const shared = file.saveCopy(tmp.file('delt.planverk'));
    const saved = file.saveAs(tmp.file('lagret-som.planverk'));
    saved.close();
    for (const copy of [shared, tmp.file('lagret-som.planverk')]) {
      const before = sha256File(copy);
      const opened = openPlanFile(copy, { readOnly: true });
      expect(opened.readPlan().plan.title).toBe('Testplan');
      opened.close();
      expect(sha256File(copy)).toBe(before);
      openPlanFile(copy).close();
    }
    const old = hostile('SELECT 1', { userVersion: 0 });
    const migrated = openPlanFile(old);
    expect(migrated.backupPath).not.toBeNull();
    migrated.close();
  });
});
