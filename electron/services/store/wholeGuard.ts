// The store never commits a local change that would leave the plan broken. Deleting a row deletes what hangs under it
// and clears nullable pointers at it (a measure's chapter, a hearing input's concerns) in the same transaction and undo
// step; anything else that would need a repair (a move into itself, a pointer at nothing, a group a live block shows)
// is refused with one sentence and nothing is written.
import type { Database } from 'better-sqlite3';
import { PlanverkError, type ErrorSentence } from '../../../shared/api/errors';
import { TOMBSTONE, type FieldChange, type TableName } from '../../../shared/domain/plan';
import { PLAN_REFERENCES, REFERENCE_COLUMNS, referencedIds, type ReferenceSpec } from '../../../shared/domain/planReferences';
import type { PlanRepair, StoredRow } from '../../../shared/domain/planWhole';
import { rowLabelOf } from '../../../shared/domain/rowLabel';
import { readStoredRows, wholeRows, type Rows } from './readPlan';
import type { ValidChange } from './validateChange';

export type WholeGuard = { stored: Rows; repairs: ReadonlySet<string> };

/** A repair as the guard compares it: a row kept alive counts once, whichever live row is named as the reason. */
const guardKey = (r: PlanRepair): string => [r.kind, r.table, r.id, r.kind === 'restored' ? '' : (r.via?.column ?? ''), r.target ?? ''].join('\u0000');

/** Deletes, restores, moves, pointer changes and bodies with live blocks can break references; text edits cannot. */
export function isStructural(changes: readonly ValidChange[]): boolean {
  return changes.some(
    (c) =>
      c.kind === 'tombstone' ||
      REFERENCE_COLUMNS.has(`${c.table}.${c.column}`) ||
      (c.kind === 'chapterBody' && JSON.stringify(c.value).includes('"liveBlock"')),
  );
}

/** The plan as stored before the change, and what reading it already repairs (a merge may have left that). */
export function readGuard(db: Database): WholeGuard {
  const stored = readStoredRows(db);
  return { stored, repairs: new Set(wholeRows(db, stored).repairs.map(guardKey)) };
}

/**
 * What deleting rows brings with it, in the same transaction and undo step: rows that hang under a deleted row
 * (sub-chapters, sub-areas, a theme's areas, an area's cells and notes, a group's cells) are deleted too, as the app's
 * own delete commands do; nullable pointers and list entries naming a deleted row are cleared.
 */
export function referenceFixes(guard: WholeGuard, changes: readonly ValidChange[]): FieldChange[] {
  const k = (table: string, id: string): string => `${table}\u0000${id}`;
  const deleted = new Set(changes.filter((c) => c.kind === 'tombstone' && c.value).map((c) => k(c.table, c.id)));
  if (deleted.size === 0) return [];
  const touched = new Set(changes.map((c) => `${k(c.table, c.id)}\u0000${c.column}`));
  const pointsAtDeleted = (spec: ReferenceSpec, row: StoredRow): string[] =>
    referencedIds(spec, row).filter((id) => spec.targets.some((t) => deleted.has(k(t, id))));
  const isLive = (table: TableName, row: StoredRow): boolean => !row.tombstone && !deleted.has(k(table, row.id));
  const fixes: FieldChange[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const spec of PLAN_REFERENCES.filter((s) => s.kind === 'parent' || s.kind === 'required')) {
      for (const row of guard.stored[spec.table].values()) {
        if (!isLive(spec.table, row) || touched.has(`${k(spec.table, row.id)}\u0000${spec.column}`) || pointsAtDeleted(spec, row).length === 0) continue;
        deleted.add(k(spec.table, row.id));
        fixes.push({ table: spec.table, id: row.id, column: TOMBSTONE, value: true });
        grew = true;
      }
    }
  }
  for (const spec of PLAN_REFERENCES.filter((s) => s.kind === 'optional' || s.kind === 'list')) {
    for (const row of guard.stored[spec.table].values()) {
      if (!isLive(spec.table, row) || touched.has(`${k(spec.table, row.id)}\u0000${spec.column}`)) continue;
      const gone = pointsAtDeleted(spec, row);
      if (gone.length === 0) continue;
      const value = spec.kind === 'list' ? (row[spec.column] as string[]).filter((id) => !gone.includes(id)) : null;
      fixes.push({ table: spec.table, id: row.id, column: spec.column, value });
    }
  }
  return fixes;
}

/** After the change is written (same transaction): anything reading would now have to repair is refused. */
export function assertStillWhole(db: Database, guard: WholeGuard): void {
  const stored = readStoredRows(db);
  const added = wholeRows(db, stored).repairs.filter((r) => !guard.repairs.has(guardKey(r)));
  if (added.length === 0) return;
  const label = (table: TableName, id: string): string => {
    const row = stored[table].get(id) ?? guard.stored[table].get(id);
    return row ? rowLabelOf(row) : id;
  };
  throw new PlanverkError('INVALID_ARGS', added.map((r) => `${r.kind} ${r.table}.${r.id}`).join(', ').slice(0, 300), refusal(added[0]!, label));
}

function refusal(r: PlanRepair, label: (table: TableName, id: string) => string): ErrorSentence {
  const row = label(r.table, r.id);
  switch (r.kind) {
    case 'restored':
      return r.via?.column === TOMBSTONE || !r.via
        ? { key: 'cannotDelete', params: { row } }
        : { key: 'cannotDeleteOwned', params: { row, owner: label(r.via.table, r.via.id) } };
    case 'cycleBroken':
      return { key: 'cannotMoveUnder', params: { row } };
    default:
      return { key: 'danglingReference', params: { row, target: r.target ?? '' } };
  }
}
