// A plan file whose writer was killed mid-transaction (SIGKILL, power loss) has a hot journal beside it. Opened
// read-only (a read-only share, «åpne skrivebeskyttet», the CLI's readers), it must show the last committed plan and
// leave file and journal exactly as they were; it was refused as «skadet».
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanData } from '../../../shared/domain/plan';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-hotjournal-');
afterAll(() => tmp.cleanup());

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * A writer that changes every theme's name and adds 1.2 MB in one transaction, with a cache of two pages so SQLite
 * writes changed pages into the file before committing, then dies by SIGKILL before the commit.
 */
const DYING_WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('cache_size = 2');
db.exec('BEGIN');
db.exec("UPDATE themes SET name = name || ' (halvskrevet)'");
db.exec('CREATE TABLE junk (b)');
const insert = db.prepare('INSERT INTO junk VALUES (randomblob(4000))');
for (let i = 0; i < 300; i++) insert.run();
process.kill(process.pid, 'SIGKILL');
`;

/** A new plan file named `name` whose writer then died mid-transaction; returns its path and its committed plan. */
function planKilledMidTransaction(name: string): { path: string; committed: PlanData } {
  const path = tmp.file(name);
  createPlanFile(path, smallPlan()).close();
  const file = openPlanFile(path, { readOnly: true });
  const committed = file.readPlan();
  file.close();
  const run = spawnSync(process.execPath, ['-e', DYING_WRITER, path], { cwd: process.cwd(), encoding: 'utf8' });
  expect(run.signal, run.stderr).toBe('SIGKILL');
  expect(existsSync(`${path}-journal`)).toBe(true);
  return { path, committed };
}

describe('a file whose writer died mid-transaction', () => {
  it('opened read-only shows the last committed plan and leaves the file and its journal byte for byte untouched', () => {
    const { path, committed: before } = planKilledMidTransaction('Avbrutt.planverk');
    const fileHash = sha256(path);
    const journalHash = sha256(`${path}-journal`);

    const file = openPlanFile(path, { readOnly: true });
    try {
      expect(file.readPlan()).toEqual(before);
      expect(file.database.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      file.close();
    }
    expect(sha256(path)).toBe(fileHash);
    expect(sha256(`${path}-journal`)).toBe(journalHash);
  });

  it('opened for writing afterwards still rolls the journal back in the file itself, to the same plan', () => {
    const { path, committed: before } = planKilledMidTransaction('Avbrutt igjen.planverk');
    openPlanFile(path, { readOnly: true }).close();

    const file = openPlanFile(path);
    try {
      expect(file.readPlan()).toEqual(before);
    } finally {
      file.close();
    }
    expect(existsSync(`${path}-journal`)).toBe(false);
  });
});
