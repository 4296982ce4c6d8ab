// Applies field changes to the cached plan the way the store will, so the UI shows an edit before the services confirm it.
import { TOMBSTONE, type FieldChange, type TableName } from '../../shared/domain/plan';
import type { PlanRows } from '../../shared/domain/planView';

type Row = { id: string } & Record<string, unknown>;
type ListTable = Exclude<TableName, 'plan'>;

export function applyChanges<P extends PlanRows>(plan: P, changes: readonly FieldChange[]): P {
  let next = plan;
  for (const change of changes) next = applyOne(next, change);
  return next;
}

function applyOne<P extends PlanRows>(plan: P, change: FieldChange): P {
  if (change.table === 'plan') {
    if (change.id !== plan.plan.id || change.column === TOMBSTONE) return plan;
    return { ...plan, plan: { ...plan.plan, [change.column]: change.value } };
  }
  // Bytes never enter the cached view (asset.get fetches them); only the asset's metadata is patched.
  if (change.table === 'assets' && change.column === 'dataBase64') return plan;
  const table = change.table as ListTable;
  const rows = plan[table] as Row[];
  const index = rows.findIndex((r) => r.id === change.id);
  // New rows arrive complete from plan.load after the services have built them; only known rows are patched here.
  if (index < 0) return plan;
  const updated =
    change.column === TOMBSTONE && change.value
      ? rows.filter((_, i) => i !== index)
      : rows.map((r, i) => (i === index ? { ...r, [change.column]: change.value } : r));
  return { ...plan, [table]: updated };
}
