// What a merge changed in the plan, table by table: rows added, changed and deleted, and the chapters whose text changed.
import type { MergeCounts, MergedChapter } from '../../../shared/api/calls/merge';
import { TABLE_NAMES, type PlanData, type TableName } from '../../../shared/domain/plan';
import { rowLabelOf } from '../../../shared/domain/rowLabel';
import { treeOrder } from '../../../shared/domain/rowOrder';

type Row = { id: string } & Record<string, unknown>;

export function rowsOf(plan: PlanData, table: TableName): Row[] {
  const value = plan[table] as unknown;
  return (Array.isArray(value) ? value : [value]) as Row[];
}

/** Asset bytes never change under an id (the id is their hash), so they are left out of the comparison. */
function comparable(table: TableName, row: Row): string {
  if (table !== 'assets') return JSON.stringify(row);
  const { dataBase64: _bytes, byteLength: _size, ...rest } = row;
  return JSON.stringify(rest);
}

export function countDifferences(before: PlanData, after: PlanData): MergeCounts {
  const counts = {} as MergeCounts;
  for (const table of TABLE_NAMES) {
    const old = new Map(rowsOf(before, table).map((r) => [r.id, comparable(table, r)]));
    const now = new Map(rowsOf(after, table).map((r) => [r.id, comparable(table, r)]));
    let added = 0;
    let changed = 0;
    for (const [id, json] of now) {
      const was = old.get(id);
      if (was === undefined) added++;
      else if (was !== json) changed++;
    }
    let deleted = 0;
    for (const id of old.keys()) if (!now.has(id)) deleted++;
    counts[table] = { added, changed, deleted };
  }
  return counts;
}

/** Chapters (not parts) whose body differs after the merge, in reading order (as the chapter tree shows them). */
export function changedChapters(before: PlanData, after: PlanData): MergedChapter[] {
  const old = new Map(before.chapters.map((c) => [c.id, JSON.stringify(c.body)]));
  return treeOrder(after.chapters)
    .filter((c) => {
      const was = old.get(c.id);
      return was === undefined ? (c.body.content?.length ?? 0) > 0 : was !== JSON.stringify(c.body);
    })
    .map((c) => ({ id: c.id, title: c.title, isNew: !old.has(c.id) }));
}

export const hasDifferences = (counts: MergeCounts): boolean =>
  Object.values(counts).some((c) => c.added + c.changed + c.deleted > 0);

/** How the adviser knows a row: its name, title or sender; a cell as «område – gruppe». */
export function labelRow(plans: readonly PlanData[], table: TableName, id: string): string {
  for (const plan of plans) {
    const row = rowsOf(plan, table).find((r) => r.id === id);
    if (!row) continue;
    if (table === 'cells') {
      const area = plan.areas.find((a) => a.id === row.areaId)?.name ?? String(row.areaId);
      const group = plan.groups.find((g) => g.id === row.groupId)?.name ?? String(row.groupId);
      return `${area} – ${group}`;
    }
    return rowLabelOf(row);
  }
  return id;
}
