// Tables that hold exactly one row. The plan frame is created with the plan and lives as long as it: no change,
// local or from a copy, may create a second frame (it would take the plan over) or tombstone the one there is.
import type { Database } from 'better-sqlite3';
import { TOMBSTONE } from '../../../shared/domain/plan';

const SINGLETONS: ReadonlySet<string> = new Set(['plan']);

/** The ids of the singleton tables' rows in `db` (the frame's id under 'plan'). */
export function singletonIds(db: Database): Map<string, string | undefined> {
  const ids = new Map<string, string | undefined>();
  for (const table of SINGLETONS) ids.set(table, db.prepare(`SELECT id FROM "${table}" ORDER BY tombstone, id LIMIT 1`).pluck().get() as string | undefined);
  return ids;
}

/** Whether a change to (table, row, column) would create or tombstone a singleton row. */
export function breaksSingleton(ids: Map<string, string | undefined>, table: string, row: string, column: string): boolean {
  if (!SINGLETONS.has(table)) return false;
  const existing = ids.get(table);
  return column === TOMBSTONE || (existing !== undefined && row !== existing);
}
