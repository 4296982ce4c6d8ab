// `check`'s part for «the plan is always whole»: every breach (planBreaches: the plan as read against the invariants,
// and stored pointers at rows that never existed), and what reading repaired as merges require (rows kept alive,
// a cycle of crossing moves cut), each named in one line.
import type { Database } from 'better-sqlite3';
import { rowLabelOf } from '../../shared/domain/rowLabel';
import { readStoredRows, wholeRows } from '../services/store/readPlan';
import { planBreaches } from '../services/store/validateMergedPlan';
import type { CliIo } from './command';
import { repairLine } from './structureLines';

/** Prints the findings; returns the number of breaches (repairs made when reading are not breaches of the plan). */
export function reportWholeness(db: Database, io: CliIo): number {
  const breaches = planBreaches(db);
  for (const b of breaches) io.out(`Brudd: ${b}`);
  const stored = readStoredRows(db);
  const label = (table: keyof typeof stored, id: string): string => {
    const row = stored[table].get(id);
    return row ? rowLabelOf(row) : id;
  };
  for (const r of wholeRows(db, stored).repairs.filter((x) => x.kind !== 'hidden' && x.kind !== 'referenceCleared')) {
    const via = r.via ? { table: r.via.table, rowId: r.via.id, rowLabel: label(r.via.table, r.via.id) } : undefined;
    io.out(`Reparert ved lesing (${r.table}): ${repairLine({ kind: r.kind, table: r.table, rowId: r.id, rowLabel: label(r.table, r.id), ...(via ? { via } : {}) })}`);
  }
  if (breaches.length === 0) io.out('Planen er hel: ingen sykluser, ingen foreldreløse rader, ingen henvisninger til slettede rader, og JSON-en leses inn igjen.');
  return breaches.length;
}
