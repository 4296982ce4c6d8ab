// Pointers in the stored rows at rows that never existed. Reading hides or clears them (the plan as read stays
// whole), but no copy made by Planverk holds one (the store refuses such a change), so they are breaches: `check`
// names them and a merge that would bring one in is refused.
import type { Database } from 'better-sqlite3';
import { readStoredRows, wholeRows } from './readPlan';

export function storedRowBreaches(db: Database): string[] {
  const stored = readStoredRows(db);
  const out: string[] = [];
  for (const r of wholeRows(db, stored).repairs) {
    if (r.kind !== 'hidden' && r.kind !== 'referenceCleared') continue;
    const index = [...stored[r.table].keys()].sort().indexOf(r.id);
    const what = r.kind === 'hidden' ? 'raden vises ikke' : 'henvisningen er fjernet ved lesing';
    const target = r.target ? `«${r.target}» finnes ikke` : 'mangler';
    // The same path form as planBreaches' schema lines (table.index.column), the index among the stored rows by id.
    out.push(`${r.table}.${index}.${r.via?.column ?? 'id'}: ${target} (${r.table} «${r.id}»); ${what}.`);
  }
  return out;
}
