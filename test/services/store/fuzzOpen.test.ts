import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanverkError } from '../../../shared/api/errors';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { sha256File, smallPlan, tempDir } from './helpers';
import { defaultMigrationsFolder, migrationCount } from '../../../electron/services/store/migrations';

const FILES = process.env.PLANVERK_LONG === '1' ? 10_000 : 1000;
const tmp = tempDir('planverk-fuzz-', '/dev/shm');
afterAll(() => tmp.cleanup());

const SCHEMA_DAMAGE = [
  'ALTER TABLE areas DROP COLUMN name',
  'ALTER TABLE chapters ADD COLUMN extra TEXT',
  'DROP TABLE messages_crdt',
  'CREATE TABLE extra (x)',
  'CREATE VIEW v AS SELECT * FROM plan',
  "CREATE TRIGGER t AFTER INSERT ON themes BEGIN DELETE FROM plan; END",
  'DELETE FROM plan',
  "UPDATE chapters SET body = '{not json'",
  "UPDATE areas SET problems = 'x'",
  'PRAGMA user_version = 7',
  'PRAGMA application_id = 1',
  'PRAGMA user_version = 0',
];

describe('fuzzed plan files', () => {
  it(`opens or refuses each of ${FILES} damaged files with a PlanverkError, never changing them`, () => {
    const basePath = tmp.file('base.planverk');
    createPlanFile(basePath, smallPlan()).close();
    const base = readFileSync(basePath);
    const pageSize = base.readUInt16BE(16);
    let seed = 4242;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < FILES; i++) {
      const path = tmp.file(`f-${i}.planverk`);
      const kind = i % 4;
      if (kind === 3) {
        writeFileSync(path, base);
        const db = new Database(path);
        db.exec(SCHEMA_DAMAGE[rand(SCHEMA_DAMAGE.length)]!);
        db.close();
      } else {
        let bytes = Buffer.from(base);
        if (kind === 0) for (let b = 1 + rand(20); b > 0; b--) bytes[rand(bytes.length)]! ^= 1 << rand(8);
        if (kind === 1) bytes = bytes.subarray(0, rand(bytes.length));
        if (kind === 2) {
          const pages = bytes.length / pageSize;
          const [p, q] = [rand(pages), rand(pages)];
          const tmpPage = Buffer.from(bytes.subarray(p * pageSize, (p + 1) * pageSize));
          bytes.copy(bytes, p * pageSize, q * pageSize, (q + 1) * pageSize);
          tmpPage.copy(bytes, q * pageSize);
        }
        writeFileSync(path, bytes);
      }
      const before = sha256File(path);
      let outcome = 'opened';
      try {
        const file = openPlanFile(path);
        file.readPlan();
        file.close();
      } catch (err) {
        if (!(err instanceof PlanverkError)) throw new Error(`file ${i} (kind ${kind}) threw ${String(err)}`);
        outcome = err.code;
      }
      // An older-version file is backed up and migrated (a legitimate write); every other outcome leaves the bytes alone.
      if (outcome !== 'opened' || !(kind === 3 && readFileSync(path).readUInt32BE(60) === migrationCount(defaultMigrationsFolder()) && before !== sha256File(path))) {
        expect(sha256File(path), `file ${i} (kind ${kind}, ${outcome})`).toBe(before);
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      rmSync(path, { force: true });
    }
    // The damage must actually be seen: most kinds of outcome occur.
    expect(outcomes.get('CORRUPT') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('INVALID_PLAN') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('NOT_SQLITE') ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
