// Applies field changes to the cached plan the way the store will, so the UI shows an edit before the services confirm it.
import { TOMBSTONE, type FieldChange, type PlanData, type TableName } from '../../shared/domain/plan';

type Row = { id: string } & Record<string, unknown>;
type ListTable = Exclude<TableName, 'plan'>;

export function applyChanges(plan: PlanData, changes: readonly FieldChange[]): PlanData {
  let next = plan;
  for (const change of changes) next = applyOne(next, change);
  return next;
}

function applyOne(plan: PlanData, change: FieldChange): PlanData {
  if (change.table === 'plan') {
    if (change.id !== plan.plan.id || change.column === TOMBSTONE) return plan;
    return { ...plan, plan: { ...plan.plan, [change.column]: change.value } };
  }
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
