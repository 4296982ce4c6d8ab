// Test helpers for the store: temporary folders, sha256 of files, a small deterministic plan.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import type BetterSqlite3 from 'better-sqlite3';
import { lastChanges } from '../../../electron/services/history/changeHistory';
import { readPeople } from '../../../electron/services/store/authorship';
import { TABLE_NAMES, type PlanData } from '../../../shared/domain/plan';

export function tempDir(prefix = 'planverk-store-', base = tmpdir()): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(base, prefix));
  return { dir, file: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** SQL that takes away what each migration added (by its index), to make a file as an older build wrote it. */
const UNDO_MIGRATION: Record<number, string> = {
  1: "DELETE FROM meta WHERE key = 'planId'; DROP TABLE messages_restamped;",
  2: 'ALTER TABLE plan DROP COLUMN profileWordTemplateAssetId;',
  3: 'ALTER TABLE milestones DROP COLUMN time; ALTER TABLE plan DROP COLUMN statusLine;',
  4: 'DROP TABLE versionChapters; DROP TABLE versions; CREATE TABLE `snapshots` (`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL, `createdAt` text NOT NULL, `planJson` text NOT NULL);',
  5: 'DROP TABLE comments;',
  6: 'DROP TABLE people; ALTER TABLE messages_crdt DROP COLUMN author; ALTER TABLE messages_crdt DROP COLUMN wallTime; ALTER TABLE chapterUpdates DROP COLUMN author; ALTER TABLE chapterUpdates DROP COLUMN wallTime;',
  7: 'DROP TABLE planWords;',
  8: 'DROP TABLE inputChanges;',
  9: 'ALTER TABLE chapters DROP COLUMN lang; ALTER TABLE chapters DROP COLUMN klarsprak;',
  10: 'DROP TABLE fieldBaselines;',
};

/**
 * Turns an open database of a current plan file into one written by the build whose schema version was `version`: the
 * later migrations' additions are taken away (newest first) and so are their rows in drizzle's journal.
 */
export function asOlderSchema(db: { exec: (sql: string) => unknown; pragma: (sql: string) => unknown }, version: number): void {
  const indexes = Object.keys(UNDO_MIGRATION).map(Number).filter((i) => i >= version).sort((a, b) => b - a);
  for (const i of indexes) db.exec(UNDO_MIGRATION[i]!);
  db.exec(`DELETE FROM __drizzle_migrations WHERE rowid NOT IN (SELECT rowid FROM __drizzle_migrations ORDER BY created_at LIMIT ${version})`);
  db.pragma(`user_version = ${version}`);
}

/**
 * Everything about authors a plan file holds, in a stable order (issue 15 «Who»): the persons, each message's author and
 * wall time, and the last change of every row («Endret av»). Merging in any order must give the same.
 */
export function authorsSnapshot(db: BetterSqlite3.Database) {
  const last: Record<string, unknown> = {};
  for (const table of TABLE_NAMES) last[table] = lastChanges(db, table);
  return {
    people: readPeople(db),
    messages: db.prepare('SELECT timestamp, author, wallTime FROM messages_crdt ORDER BY timestamp').all(),
    last,
  };
}

export const sha256File = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A small plan with a theme, two areas, a group, a cell and a chapter with a heading and a paragraph. */
/** A plan whose cover texts and milestone times migration 0003 derives (its data step fills them in an older file). */
export function planBeforeCoverTexts(): PlanData {
  const plan = smallPlan();
  plan.plan = { ...plan.plan, title: 'Helse og omsorg', planType: 'kommunedelplan', periodFrom: 2025, periodTo: 2037, phase: 'planforslag-hoering', hearingStart: '2025-04-15', hearingEnd: '2025-06-02' };
  plan.milestones = [
    { id: 'm1', sortKey: 1, name: 'Høring', time: '', from: '2025-04-15', to: '2025-06-02', phase: null },
    { id: 'm2', sortKey: 2, name: 'Vedtak', time: '', from: '2025-09', to: null, phase: null },
  ];
  return plan;
}

export function smallPlan(): PlanData {
  const id = seededIds('t');
  const plan = emptyPlan(id);
  const themeId = id();
  const groupId = id();
  const a1 = id();
  const a2 = id();
  plan.plan.title = 'Testplan';
  plan.themes.push({ id: themeId, sortKey: 1, name: 'Helhet og samordning' });
  plan.groups.push({ id: groupId, sortKey: 1, kind: 'arbeidsgruppe', number: 1, name: 'Gruppe 1', leader: '', members: '' });
  plan.areas.push(
    { id: a1, sortKey: 1, themeId, parentId: null, name: 'Bolig', problems: null, method: null, actors: null },
    { id: a2, sortKey: 2, themeId, parentId: a1, name: 'Felles boligkontor', problems: { type: 'doc', content: [] }, method: null, actors: null },
  );
  plan.cells.push({ id: `${a1}:${groupId}`, areaId: a1, groupId, level: 'OpH' });
  plan.chapters.push({
    id: id(),
    sortKey: 1,
    parentId: null,
    kind: 'chapter',
    title: 'Innledning',
    numbered: true,
    status: 'utkast',
    groupId: null,
    body: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bakgrunn' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Første avsnitt.' }] },
      ],
    },
  });
  return plan;
}
