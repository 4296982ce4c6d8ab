// Turns an imported matrix into the field changes that make the plan's matrix equal to it, in one mutate call.
// Rows are matched by name (theme; area within theme and parent), so ids, texts, notes and links to matched rows
// survive a re-import; what the import no longer has is tombstoned.
import { cellId, TOMBSTONE, type Area, type FieldChange, type TableName } from '../domain/plan';
import type { PlanContent } from '../domain/planView';
import type { MatrixFragment } from './importJson';

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
const set = (table: TableName, id: string, column: string, value: unknown): FieldChange => ({ table, id, column, value });

function rowChanges<T extends { id: string }>(table: TableName, existing: T | undefined, wanted: T, keep: ReadonlyArray<keyof T> = []): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of Object.keys(wanted) as Array<keyof T & string>) {
    if (key === 'id' || (existing && keep.includes(key) && (wanted[key] === null || wanted[key] === ''))) continue;
    if (!existing || JSON.stringify(existing[key]) !== JSON.stringify(wanted[key])) changes.push(set(table, wanted.id, key, wanted[key]));
  }
  if (!existing) changes.push(set(table, wanted.id, TOMBSTONE, false));
  return changes;
}

export function replaceMatrixChanges(plan: PlanContent, m: MatrixFragment): FieldChange[] {
  const changes: FieldChange[] = [];
  // Groups: by id, else by working-group number, else by name. Groups the import lacks stay (they may own chapters).
  const groupId = new Map<string, string>();
  for (const g of m.groups) {
    const taken = new Set(groupId.values());
    const old =
      plan.groups.find((x) => x.id === g.id) ??
      plan.groups.find((x) => !taken.has(x.id) && g.number !== null && x.number === g.number && x.kind === g.kind) ??
      plan.groups.find((x) => !taken.has(x.id) && norm(x.name) === norm(g.name));
    const id = old?.id ?? g.id;
    groupId.set(g.id, id);
    changes.push(...rowChanges('groups', old, { ...g, id }, ['leader', 'members']));
  }
  for (const e of m.legend) {
    const old = plan.legend.find((x) => x.id === e.id);
    changes.push(...rowChanges('legend', old, e));
  }

  const themeId = new Map<string, string>();
  for (const t of m.themes) {
    const old = plan.themes.find((x) => norm(x.name) === norm(t.name) && ![...themeId.values()].includes(x.id));
    const id = old?.id ?? t.id;
    themeId.set(t.id, id);
    changes.push(...rowChanges('themes', old, { ...t, id }));
  }
  // Parents before children: the fragment lists an area before its sub-topics.
  const areaId = new Map<string, string>();
  const used = new Set<string>();
  for (const a of m.areas) {
    const tId = themeId.get(a.themeId)!;
    const pId = a.parentId === null ? null : (areaId.get(a.parentId) ?? null);
    const old = plan.areas.find((x) => !used.has(x.id) && x.themeId === tId && x.parentId === pId && norm(x.name) === norm(a.name));
    const id = old?.id ?? a.id;
    used.add(id);
    areaId.set(a.id, id);
    changes.push(...rowChanges<Area>('areas', old, { ...a, id, themeId: tId, parentId: pId }, ['problems', 'method', 'actors']));
  }

  const wantedCells = new Map(
    m.cells.map((c) => {
      const aId = areaId.get(c.areaId)!;
      const gId = groupId.get(c.groupId) ?? c.groupId;
      return [cellId(aId, gId), { ...c, id: cellId(aId, gId), areaId: aId, groupId: gId }];
    }),
  );
  for (const c of wantedCells.values()) changes.push(...rowChanges('cells', plan.cells.find((x) => x.id === c.id), c));
  const keptAreas = new Set(areaId.values());
  for (const c of plan.cells) {
    if (!wantedCells.has(c.id) && keptAreas.has(c.areaId) && c.level !== null) changes.push(set('cells', c.id, 'level', null));
  }

  // What the import no longer has: tombstones, and links to it cleared.
  const keptThemes = new Set(themeId.values());
  for (const a of plan.areas) {
    if (keptAreas.has(a.id)) continue;
    for (const c of plan.cells) if (c.areaId === a.id) changes.push(set('cells', c.id, TOMBSTONE, true));
    for (const n of plan.areaNotes) if (n.areaId === a.id) changes.push(set('areaNotes', n.id, TOMBSTONE, true));
    changes.push(set('areas', a.id, TOMBSTONE, true));
  }
  for (const t of plan.themes) if (!keptThemes.has(t.id)) changes.push(set('themes', t.id, TOMBSTONE, true));
  for (const measure of plan.measures) {
    if (measure.themeId !== null && !keptThemes.has(measure.themeId)) changes.push(set('measures', measure.id, 'themeId', null));
  }
  const chapterIds = new Set(plan.chapters.map((c) => c.id));
  for (const input of plan.inputs) {
    const concerns = input.concerns.filter((id) => chapterIds.has(id) || keptAreas.has(id));
    if (concerns.length !== input.concerns.length) changes.push(set('inputs', input.id, 'concerns', concerns));
  }
  return changes;
}
