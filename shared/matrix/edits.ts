// Matrix edits as field changes (what the UI sends through plan.mutate), computed from the current plan.
// Pure: ids and today's date come in as arguments, so every edit is reproducible and invertible (invertChanges).
import type { IdSource } from '../domain/ids';
import { cellId, TOMBSTONE, type FieldChange, type GroupKind, type PlanData, type ResponsibilityLevel, type TableName } from '../domain/plan';
import type { PlanContent } from '../domain/planView';
import type { z } from 'zod';
import { groupLabel } from './labels';
import { sortRows, type PositionedRow } from '../domain/rowOrder';

type Row = { id: string } & Record<string, unknown>;

/** A new row: every column set, tombstone cleared (the id may have been used and deleted before, as cells are). */
function createRow(table: TableName, row: Row): FieldChange[] {
  const changes: FieldChange[] = Object.entries(row)
    .filter(([column]) => column !== 'id')
    .map(([column, value]) => ({ table, id: row.id, column, value }));
  return [...changes, { table, id: row.id, column: TOMBSTONE, value: false }];
}

const tombstone = (table: TableName, id: string): FieldChange => ({ table, id, column: TOMBSTONE, value: true });
const set = (table: TableName, id: string, column: string, value: unknown): FieldChange => ({ table, id, column, value });

// ---- sort keys ----

/** A key between two neighbours (null = no neighbour on that side). Returns null when the numbers have run out of room. */
export function sortKeyBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return 1;
  if (before === null) return after! - 1;
  if (after === null) return before + 1;
  const mid = (before + after) / 2;
  return mid > before && mid < after ? mid : null;
}

/**
 * Moves `id` among `siblings` to just before `beforeId` (null = last). When two neighbours share a key or the
 * float gap is exhausted, all siblings are renumbered 1..n, which is still a handful of changes.
 */
export function reorderChanges(table: TableName, siblings: readonly PositionedRow[], id: string, beforeId: string | null): FieldChange[] {
  const others = sortRows(siblings.filter((s) => s.id !== id));
  const index = beforeId === null ? others.length : others.findIndex((s) => s.id === beforeId);
  if (index < 0) throw new Error(`Fant ikke raden ${beforeId}.`);
  const prev = others[index - 1]?.sortKey ?? null;
  const next = others[index]?.sortKey ?? null;
  const key = sortKeyBetween(prev, next);
  if (key !== null && (prev === null || next === null || prev < next)) return [set(table, id, 'sortKey', key)];
  const order = [...others.slice(0, index).map((s) => s.id), id, ...others.slice(index).map((s) => s.id)];
  return order.map((rowId, i) => set(table, rowId, 'sortKey', i + 1));
}

const lastKey = (rows: readonly PositionedRow[]): number => sortKeyBetween(rows.length ? Math.max(...rows.map((r) => r.sortKey)) : null, null)!;

// ---- cells ----

export function setLevel(plan: PlanContent, areaId: string, groupId: string, level: ResponsibilityLevel | null): FieldChange[] {
  const id = cellId(areaId, groupId);
  const existing = plan.cells.find((c) => c.id === id);
  if (existing) return existing.level === level ? [] : [set('cells', id, 'level', level)];
  if (level === null) return [];
  return createRow('cells', { id, areaId, groupId, level });
}

export const clearLevel = (plan: PlanContent, areaId: string, groupId: string): FieldChange[] => setLevel(plan, areaId, groupId, null);

/**
 * Hands an area's responsibility from one group to another at the same level, and records it as a dated
 * history note ("Flyttet fra A til B"). Undo = invertChanges of the result, which also removes the note.
 */
export function moveResponsibility(plan: PlanContent, areaId: string, fromGroupId: string, toGroupId: string, today: string, noteId: string): FieldChange[] {
  const level = plan.cells.find((c) => c.id === cellId(areaId, fromGroupId))?.level ?? null;
  const from = plan.groups.find((g) => g.id === fromGroupId);
  const to = plan.groups.find((g) => g.id === toGroupId);
  if (!level || !from || !to || fromGroupId === toGroupId) return [];
  return [
    ...setLevel(plan, areaId, fromGroupId, null),
    ...setLevel(plan, areaId, toGroupId, level),
    ...createRow('areaNotes', { id: noteId, areaId, date: today, text: `Flyttet fra ${groupLabel(from)} til ${groupLabel(to)}` }),
  ];
}

// ---- themes ----

/** A new theme at the end, with its overarching area (same name) as first row. */
export function addTheme(plan: PlanContent, newId: IdSource, name: string): { changes: FieldChange[]; themeId: string; areaId: string } {
  const themeId = newId();
  const areaId = newId();
  const changes = [
    ...createRow('themes', { id: themeId, sortKey: lastKey(plan.themes), name }),
    ...createRow('areas', { id: areaId, sortKey: 1, themeId, parentId: null, name, problems: null, method: null, actors: null }),
  ];
  return { changes, themeId, areaId };
}

export const renameTheme = (themeId: string, name: string): FieldChange[] => [set('themes', themeId, 'name', name)];

/** Deletes a theme with its areas, their notes and cells (tombstones, so a merge sees the delete). */
export function deleteTheme(plan: PlanContent, themeId: string): FieldChange[] {
  const areaIds = plan.areas.filter((a) => a.themeId === themeId).map((a) => a.id);
  return [...areaIds.flatMap((id) => deleteAreaRows(plan, id)), tombstone('themes', themeId)];
}

export const moveTheme = (plan: PlanContent, themeId: string, beforeThemeId: string | null): FieldChange[] =>
  reorderChanges('themes', plan.themes, themeId, beforeThemeId);

// ---- areas ----

const siblingsOf = (plan: PlanContent, themeId: string, parentId: string | null): PositionedRow[] =>
  plan.areas.filter((a) => a.themeId === themeId && a.parentId === parentId);

export function addArea(plan: PlanContent, newId: IdSource, themeId: string, name: string, parentId: string | null = null): { changes: FieldChange[]; areaId: string } {
  const areaId = newId();
  const sortKey = lastKey(siblingsOf(plan, themeId, parentId));
  return { areaId, changes: createRow('areas', { id: areaId, sortKey, themeId, parentId, name, problems: null, method: null, actors: null }) };
}

export const renameArea = (areaId: string, name: string): FieldChange[] => [set('areas', areaId, 'name', name)];

function deleteAreaRows(plan: PlanContent, areaId: string): FieldChange[] {
  return [
    ...plan.cells.filter((c) => c.areaId === areaId).map((c) => tombstone('cells', c.id)),
    ...plan.areaNotes.filter((n) => n.areaId === areaId).map((n) => tombstone('areaNotes', n.id)),
    tombstone('areas', areaId),
  ];
}

/** Deletes an area with its sub-topics, notes and cells. */
export function deleteArea(plan: PlanContent, areaId: string): FieldChange[] {
  const subs = plan.areas.filter((a) => a.parentId === areaId).map((a) => a.id);
  return [...subs.flatMap((id) => deleteAreaRows(plan, id)), ...deleteAreaRows(plan, areaId)];
}

/** Reorders an area among its siblings (same theme, same parent), before `beforeAreaId` or last. */
export function moveArea(plan: PlanContent, areaId: string, beforeAreaId: string | null): FieldChange[] {
  const area = plan.areas.find((a) => a.id === areaId);
  if (!area) return [];
  return reorderChanges('areas', siblingsOf(plan, area.themeId, area.parentId), areaId, beforeAreaId);
}

/** Moves an area (with its sub-topics) to the end of another theme. */
export function moveAreaToTheme(plan: PlanContent, areaId: string, themeId: string): FieldChange[] {
  const area = plan.areas.find((a) => a.id === areaId);
  if (!area || area.themeId === themeId) return [];
  const subs = plan.areas.filter((a) => a.parentId === areaId);
  return [
    set('areas', areaId, 'themeId', themeId),
    set('areas', areaId, 'parentId', null),
    set('areas', areaId, 'sortKey', lastKey(siblingsOf(plan, themeId, null))),
    ...subs.map((s) => set('areas', s.id, 'themeId', themeId)),
  ];
}

// ---- groups ----

export type NewGroup = { name: string; kind: z.infer<typeof GroupKind>; number: number | null; leader?: string };

export function addGroup(plan: PlanContent, newId: IdSource, g: NewGroup): { changes: FieldChange[]; groupId: string } {
  const groupId = newId();
  const row = { id: groupId, sortKey: lastKey(plan.groups), kind: g.kind, number: g.number, name: g.name, leader: g.leader ?? '', members: '' };
  return { groupId, changes: createRow('groups', row) };
}

export const renameGroup = (groupId: string, name: string): FieldChange[] => [set('groups', groupId, 'name', name)];

/** Deletes a group with its cells; chapters it wrote lose their group instead of disappearing. */
export function deleteGroup(plan: PlanContent, groupId: string): FieldChange[] {
  return [
    ...plan.cells.filter((c) => c.groupId === groupId).map((c) => tombstone('cells', c.id)),
    ...plan.chapters.filter((c) => c.groupId === groupId).map((c) => set('chapters', c.id, 'groupId', null)),
    tombstone('groups', groupId),
  ];
}

export const moveGroup = (plan: PlanContent, groupId: string, beforeGroupId: string | null): FieldChange[] =>
  reorderChanges('groups', plan.groups, groupId, beforeGroupId);

// ---- undo ----

/**
 * The changes that undo `changes` when applied to the plan they were computed from: each touched field gets its
 * old value back, rows the changes created are tombstoned, rows they deleted are revived.
 */
export function invertChanges(plan: PlanData, changes: readonly FieldChange[]): FieldChange[] {
  const inverse: FieldChange[] = [];
  const done = new Set<string>();
  for (const c of changes) {
    const key = `${c.table}|${c.id}|${c.column}`;
    const rowKey = `${c.table}|${c.id}|${TOMBSTONE}`;
    if (done.has(key) || done.has(rowKey)) continue;
    const row = (c.table === 'plan' ? [plan.plan] : (plan[c.table] as unknown as Row[])).find((r) => r.id === c.id) as Row | undefined;
    if (!row) {
      inverse.push(tombstone(c.table, c.id));
      done.add(rowKey);
    } else {
      inverse.push(c.column === TOMBSTONE ? set(c.table, c.id, TOMBSTONE, false) : set(c.table, c.id, c.column, row[c.column]));
      done.add(key);
    }
  }
  return inverse.reverse();
}
