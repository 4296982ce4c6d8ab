import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { sha256File, smallPlan, tempDir } from './helpers';
import { defaultMigrationsFolder, migrationCount } from '../../../electron/services/store/migrations';

const tmp = tempDir('planverk-open-');
afterAll(() => tmp.cleanup());
let n = 0;

/** A fresh valid plan file, closed. */
function validFile(): string {
  const path = tmp.file(`valid-${++n}.planverk`);
  createPlanFile(path, smallPlan()).close();
  return path;
}

function expectRefused(path: string, code: string, opts: { readOnly?: boolean } = {}) {
  const before = sha256File(path);
  expect(() => openPlanFile(path, opts)).toThrow(expect.objectContaining({ code }));
  expect(sha256File(path)).toBe(before);
  expect(existsSync(`${path}.lock`)).toBe(false);
}

describe('opening a plan file refuses, leaving the file byte for byte untouched', () => {
  it('a file that is not SQLite', () => {
    writeFileSync(tmp.file('text.planverk'), 'Hei, dette er et brev.\n'.repeat(50));
    expectRefused(tmp.file('text.planverk'), 'NOT_SQLITE');
  });

  it('an empty file', () => {
    writeFileSync(tmp.file('empty.planverk'), '');
    expectRefused(tmp.file('empty.planverk'), 'NOT_SQLITE');
  });

  it('a SQLite database from another application', () => {
    const db = new Database(tmp.file('other.planverk'));
    db.exec('CREATE TABLE kunder (id INTEGER PRIMARY KEY, navn TEXT); INSERT INTO kunder VALUES (1, \'Ola\')');
    db.close();
    expectRefused(tmp.file('other.planverk'), 'FOREIGN_FILE');
  });

  it('a plan from a newer Planverk', () => {
    const path = validFile();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expectRefused(path, 'NEWER_VERSION');
  });

  it('a truncated file', () => {
    const path = validFile();
    truncateSync(path, 4096 * 3 + 100);
    expectRefused(path, 'CORRUPT');
  });

  it('a file with garbage pages', () => {
    const path = validFile();
    const fd = new Database(path, { readonly: true });
    const pageSize = fd.pragma('page_size', { simple: true }) as number;
    fd.close();
    const bytes = readFileSync(path);
    for (let i = pageSize * 2; i < pageSize * 4; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(path, bytes);
    expectRefused(path, 'CORRUPT');
  });

  it('a plan file with a dropped column, an extra table or a trigger', () => {
    for (const sql of ['ALTER TABLE themes DROP COLUMN name', 'CREATE TABLE extra (x)', "CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM themes; END"]) {
      const path = validFile();
      const db = new Database(path);
      db.exec(sql);
      db.close();
      expectRefused(path, 'INVALID_PLAN');
    }
  });

  it('a missing file', () => {
    expect(() => openPlanFile(tmp.file('finnes-ikke.planverk'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND_FILE' }));
  });
});

describe('older files, read-only places and the lock', () => {
  it('backs up an older file beside itself before migrating, and never overwrites a backup', () => {
    const path = validFile();
    const setOld = () => {
      const db = new Database(path);
      db.pragma('user_version = 0');
      db.close();
    };
    setOld();
    const original = sha256File(path);
    const first = openPlanFile(path);
    expect(first.backupPath).not.toBeNull();
    expect(sha256File(first.backupPath!)).toBe(original);
    expect(first.database.pragma('user_version', { simple: true })).toBe(migrationCount(defaultMigrationsFolder()));
    first.close();
    setOld();
    const second = openPlanFile(path);
    expect(second.backupPath).not.toBe(first.backupPath);
    expect(sha256File(first.backupPath!)).toBe(original);
    second.close();
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith(`valid-${n}.backup-v0-`))).toHaveLength(2);
  });

  it('opens a read-only file read-only with the READ_ONLY problem; changes wait in memory and «Lagre som» keeps them', () => {
    const plan = smallPlan();
    const path = tmp.file('ro.planverk');
    createPlanFile(path, plan).close();
    chmodSync(path, 0o444);
    const before = sha256File(path);
    const file = openPlanFile(path);
    expect(file.info()).toMatchObject({ readOnly: true, problem: 'READ_ONLY' });
    expect(file.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Endret' }]).pendingChanges).toBe(1);
    expect(file.readPlan().plan.title).toBe('Endret');
    const copy = file.saveAs(tmp.file('ro-copy.planverk'));
    expect(copy.info()).toMatchObject({ readOnly: false, problem: null, pendingChanges: 0 });
    expect(copy.readPlan().plan.title).toBe('Endret');
    copy.close();
    expect(sha256File(path)).toBe(before);
  });

  it('keeps edits when the file is removed while open, and «Lagre som» writes them', () => {
    const plan = smallPlan();
    const path = tmp.file('gone.planverk');
    const file = createPlanFile(path, plan);
    renameSync(path, tmp.file('moved-away.planverk'));
    const r = file.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Skrevet etter flytting' }]);
    expect(r.pendingChanges).toBe(1);
    expect(file.info().problem).toBe('FILE_GONE');
    const copy = file.saveAs(tmp.file('rescued.planverk'));
    expect(copy.readPlan().plan.title).toBe('Skrevet etter flytting');
    copy.close();
  });

  it('refuses a second writer in another process with LOCKED, allows read-only, and takes over a dead process’s lock', async () => {
    const path = validFile();
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/services/store/holdOpen.child.ts', path], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
      child.on('exit', () => reject(new Error('child exited')));
    });
    const before = sha256File(path);
    expect(() => openPlanFile(path)).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    expect(sha256File(path)).toBe(before);
    const ro = openPlanFile(path, { readOnly: true });
    expect(ro.readPlan().plan.title).toBe('Testplan');
    ro.close();
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const after = openPlanFile(path);
    expect(after.readOnly).toBe(false);
    after.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('writes a clean copy with VACUUM INTO and refuses an existing target', () => {
    const path = validFile();
    const file = openPlanFile(path);
    const target = tmp.file('copy.planverk');
    file.saveCopy(target);
    expect(() => file.saveCopy(target)).toThrow(expect.objectContaining({ code: 'TARGET_EXISTS' }));
    file.close();
    copyFileSync(target, tmp.file('copy2.planverk'));
    const copy = openPlanFile(tmp.file('copy2.planverk'));
    expect(copy.readPlan().plan.title).toBe('Testplan');
    copy.close();
  });
});
