// Issue 12 «Messages»: a locked file, a folder, damaged merkle JSON and a WAL-mode copy each get their own sentence,
// and neither the file nor its folder changes.
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { runCliCaptured as cliErr } from '../../cli/capture';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { sha256File, smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-messages-');
afterAll(() => tmp.cleanup());

/** A valid plan alone in a folder of its own, so the folder listing can be compared. */
function planInOwnFolder(name: string): { path: string; dir: string } {
  const dir = tmp.file(name);
  mkdirSync(dir);
  const path = `${dir}/plan.planverk`;
  createPlanFile(path, smallPlan()).close();
  return { path, dir };
}


describe('open messages (issue 12 «Messages»)', () => {
  it('calls a file that another program holds SQLite’s lock on «låst», not «skadet», within a second', async () => {
    const { path, dir } = planInOwnFolder('busy');
    const before = sha256File(path);
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    other.exec("UPDATE plan SET title = 'Låst av et annet program'");
    try {
      for (const readOnly of [true, false]) {
        const started = Date.now();
        expect(() => openPlanFile(path, { readOnly })).toThrow(expect.objectContaining({ code: 'FILE_BUSY', message: ERROR_MESSAGES.FILE_BUSY }));
        expect(Date.now() - started).toBeLessThan(1500);
      }
      const r = await cliErr('check', path);
      expect(r.code).toBe(1);
      expect(r.err[0]).toContain(ERROR_MESSAGES.FILE_BUSY);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(sha256File(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.planverk']);
  });

  it('calls a folder given as the plan a folder, not «finnes ikke»', async () => {
    const dir = tmp.file('mappe.planverk');
    mkdirSync(dir);
    expect(() => openPlanFile(dir)).toThrow(expect.objectContaining({ code: 'IS_DIRECTORY', message: ERROR_MESSAGES.IS_DIRECTORY }));
    const r = await cliErr('check', dir);
    expect(r.err[0]).toContain('er en mappe, ikke en planfil');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('calls a pipe or a device given as the plan not a regular file, at once (no hang)', () => {
    const fifo = tmp.file('rør.planverk');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const path of [fifo, '/dev/zero', '/dev/null']) {
      for (const readOnly of [true, false]) {
        expect(() => openPlanFile(path, { readOnly }), path).toThrow(expect.objectContaining({ code: 'NOT_REGULAR_FILE', message: ERROR_MESSAGES.NOT_REGULAR_FILE }));
      }
    }
    expect(readdirSync(tmp.dir)).not.toContain('rør.planverk.lock');
  });

  it('refuses damaged merkle JSON or clock in the file with the invalid-plan sentence, not the internal error', async () => {
    for (const sql of ["UPDATE messages_merkle SET merkle = '{ikke json'", "UPDATE messages_merkle SET merkle = '{\"0\": 5}'", "UPDATE meta SET value = 'i går' WHERE key = 'clock'"]) {
      const { path, dir } = planInOwnFolder(`merkle-${sql.length}-${sql.charCodeAt(30)}`);
      const db = new Database(path);
      db.exec(sql);
      db.close();
      const before = sha256File(path);
      for (const readOnly of [true, false]) {
        expect(() => openPlanFile(path, { readOnly }), sql).toThrow(expect.objectContaining({ code: 'INVALID_PLAN', message: ERROR_MESSAGES.INVALID_PLAN }));
      }
      const r = await cliErr('check', path);
      expect(r.err[0]).toContain(ERROR_MESSAGES.INVALID_PLAN);
      expect(r.err[0]).not.toContain(ERROR_MESSAGES.INTERNAL);
      expect(sha256File(path)).toBe(before);
      expect(readdirSync(dir)).toEqual(['plan.planverk']);
    }
  });

  it('opens a WAL-mode copy read-only from memory, creating no -wal or -shm beside it; «Lagre som» gives an editable plan', () => {
    const { path, dir } = planInOwnFolder('wal');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.close();
    const before = sha256File(path);
    for (const readOnly of [false, true]) {
      const file = openPlanFile(path, { readOnly });
      expect(readdirSync(dir)).toEqual(['plan.planverk']);
      expect(file.readOnly).toBe(true);
      if (!readOnly) expect(file.info().problem).toBe('WAL_COPY');
      expect(file.readPlan().plan.title).toBe('Testplan');
      if (readOnly) {
        file.close();
        continue;
      }
      const copy = file.saveAs(tmp.file('wal-lagret.planverk'));
      expect(copy.info()).toMatchObject({ readOnly: false, problem: null });
      copy.close();
    }
    expect(sha256File(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.planverk']);
  });
});
