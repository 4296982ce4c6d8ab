// Test helpers for hostile returned copies: a plan and a copy of it on disk, raw change-log messages written into the
// copy as an attacker would with sqlite3, and the merge run through the service and through the CLI as a user runs it.
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { runCli } from '../../../electron/cli/run';
import { previewMerge, runMerge } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { PlanverkError } from '../../../shared/api/errors';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

export type RawMessage = { timestamp: string; dataset: string; row: string; column: string; value: string };

/** An HLC timestamp (the @actual-app/crdt format) at `at`, with a counter and a 16-character node. */
export const stamp = (at: Date | number, counter = 0, node = 'ABCDEF0123456789'): string =>
  `${new Date(at).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${node}`;

export function hostileFolder(prefix: string) {
  const tmp = tempDir(prefix);
  let n = 0;
  /** A plan and a copy made from it (as «Del på e-post» does), both closed. */
  const planAndCopy = (plan: PlanData = smallPlan()) => {
    const id = ++n;
    const here = tmp.file(`Plan ${id}.planverk`);
    const copy = tmp.file(`Plan ${id} kopi.planverk`);
    const file = createPlanFile(here, plan);
    file.saveCopy(copy);
    file.close();
    return { here, copy, plan };
  };
  return { tmp, planAndCopy, files: () => readdirSync(tmp.dir).sort() };
}

/** Writes messages straight into a file's change log, bypassing every check (the attack). */
export function injectMessages(path: string, messages: RawMessage[], sql?: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    const insert = db.prepare('INSERT INTO messages_crdt (timestamp, dataset, "row", "column", value) VALUES (?, ?, ?, ?, ?)');
    for (const m of messages) insert.run(m.timestamp, m.dataset, m.row, m.column, m.value);
    sql?.(db);
  } finally {
    db.close();
  }
}

export function edit(path: string, changes: FieldChange[]): void {
  const file = openPlanFile(path);
  try {
    file.mutate(changes);
  } finally {
    file.close();
  }
}

/** Runs the merge (or preview) through the service on the plan opened for editing; the error or the result. */
export function mergeWithService(here: string, copy: string, mode: 'run' | 'preview' = 'run') {
  const file = openPlanFile(here, { readOnly: mode === 'preview' });
  try {
    return { ok: true as const, value: mode === 'run' ? runMerge(file, copy) : previewMerge(file, copy) };
  } catch (err) {
    if (!(err instanceof PlanverkError)) throw err;
    return { ok: false as const, error: err };
  } finally {
    file.close();
  }
}

export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const sums = (...paths: string[]) => paths.map((p) => sha256File(p));

/** The plan still takes an edit after whatever happened (the adviser can keep working). */
export function keepsSaving(path: string, plan: PlanData, title = `Lagret ${Date.now()}`): string {
  const file = openPlanFile(path);
  try {
    file.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: title }]);
    return file.readPlan().plan.title;
  } finally {
    file.close();
  }
}
