// What the editor's keys, clicks, drags and menu items do to the plan: field changes from shared/matrix/edits.ts.
import { randomId } from '../../../shared/domain/ids';
import { cellId, type FieldChange, type ResponsibilityLevel } from '../../../shared/domain/plan';
import type { PlanRows } from '../../../shared/domain/planView';
import { sortRows } from '../../../shared/domain/rowOrder';
import { moveArea, moveAreaToTheme, moveGroup, moveResponsibility, setLevel } from '../../../shared/matrix/edits';
import { applyChanges } from '../../app/applyChanges';
import { mergeChanges, withCreatedRows } from '../../app/changeRows';

/** Today as ISO date in local time: the date of a history note. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const apply = (plan: PlanRows, changes: FieldChange[]): PlanRows => applyChanges(withCreatedRows(plan, changes), changes);

/** The groups holding a level in an area. */
export function holdersOf(plan: PlanRows, areaId: string): string[] {
  const groups = new Set(plan.groups.map((g) => g.id));
  return plan.cells.filter((c) => c.areaId === areaId && c.level !== null && groups.has(c.groupId)).map((c) => c.groupId);
}

/**
 * Sets a cell. Setting a level in an empty cell of a row that exactly one other group holds moves the responsibility
 * (with its dated history note), unless `alsoHolder` asks for a second holder (Shift).
 */
export function setCellChanges(
  plan: PlanRows,
  areaId: string,
  groupId: string,
  level: ResponsibilityLevel | null,
  opts: { alsoHolder?: boolean; today?: string; noteId?: string } = {},
): FieldChange[] {
  const holders = holdersOf(plan, areaId);
  const current = plan.cells.find((c) => c.id === cellId(areaId, groupId))?.level ?? null;
  if (level !== null && current === null && !opts.alsoHolder && holders.length === 1 && holders[0] !== groupId) {
    return moveResponsibilityChanges(plan, areaId, holders[0]!, groupId, level, opts);
  }
  return setLevel(plan, areaId, groupId, level);
}

/** Moves an area's responsibility from one group to another, optionally at another level than it had. */
export function moveResponsibilityChanges(
  plan: PlanRows,
  areaId: string,
  fromGroupId: string,
  toGroupId: string,
  level: ResponsibilityLevel | null,
  opts: { today?: string; noteId?: string } = {},
): FieldChange[] {
  const moved = moveResponsibility(plan, areaId, fromGroupId, toGroupId, opts.today ?? todayIso(), opts.noteId ?? randomId());
  if (level === null) return moved;
  const target = cellId(areaId, toGroupId);
  return moved.map((c) => (c.table === 'cells' && c.id === target && c.column === 'level' ? { ...c, value: level } : c));
}

/** Drops an area before another row (its own theme or another); a sub-topic stays among its siblings. */
export function dropAreaChanges(plan: PlanRows, areaId: string, targetAreaId: string | null, targetThemeId: string): FieldChange[] {
  const area = plan.areas.find((a) => a.id === areaId);
  if (!area || areaId === targetAreaId) return [];
  let target = targetAreaId ? plan.areas.find((a) => a.id === targetAreaId) : undefined;
  if (area.parentId !== null) {
    if (!target || target.parentId !== area.parentId) return [];
    return moveArea(plan, areaId, target.id);
  }
  // A top-level area dropped on a sub-topic goes before that sub-topic's area.
  if (target && target.parentId !== null) target = plan.areas.find((a) => a.id === target!.parentId);
  if (target?.id === areaId) return [];
  const first = area.themeId === targetThemeId ? [] : moveAreaToTheme(plan, areaId, targetThemeId);
  const second = moveArea(apply(plan, first), areaId, target?.id ?? null);
  return mergeChanges([...first, ...second]);
}

/** Alt+↑/↓: one place up or down among its siblings; at the edge of a theme into the neighbouring theme. */
export function nudgeAreaChanges(plan: PlanRows, areaId: string, direction: -1 | 1): FieldChange[] {
  const area = plan.areas.find((a) => a.id === areaId);
  if (!area) return [];
  const siblings = sortRows(plan.areas.filter((a) => a.themeId === area.themeId && a.parentId === area.parentId));
  const index = siblings.findIndex((a) => a.id === areaId);
  if (direction === -1 && index > 0) return moveArea(plan, areaId, siblings[index - 1]!.id);
  if (direction === 1 && index < siblings.length - 1) return moveArea(plan, areaId, siblings[index + 2]?.id ?? null);
  if (area.parentId !== null) return [];
  const themes = sortRows(plan.themes);
  const neighbour = themes[themes.findIndex((t) => t.id === area.themeId) + direction];
  if (!neighbour) return [];
  const tops = sortRows(plan.areas.filter((a) => a.themeId === neighbour.id && a.parentId === null));
  // Up: last row of the theme above; down: first row of the theme below.
  return dropAreaChanges(plan, areaId, direction === 1 ? (tops[0]?.id ?? null) : null, neighbour.id);
}

/** Alt+←/→: a group column one place left or right. */
export function nudgeGroupChanges(plan: PlanRows, groupId: string, direction: -1 | 1): FieldChange[] {
  const groups = sortRows(plan.groups);
  const index = groups.findIndex((g) => g.id === groupId);
  if (index < 0) return [];
  if (direction === -1) return index > 0 ? moveGroup(plan, groupId, groups[index - 1]!.id) : [];
  return index < groups.length - 1 ? moveGroup(plan, groupId, groups[index + 2]?.id ?? null) : [];
}
