// The editor grid as data: theme bands with their rows in matrix order, one level per group, after the filters.
import type { Group, LegendEntry, ResponsibilityLevel, Theme } from '../../../shared/domain/plan';
import type { PlanContent } from '../../../shared/domain/planView';
import { orderMatrix, type MatrixRow } from '../../../shared/matrix/order';
import { levelIndex, orderedLegend } from '../../../shared/matrix/tables';

export type GridRow = MatrixRow & { levels: (ResponsibilityLevel | null)[] };
export type GridBand = { theme: Theme; rows: GridRow[] };
export type GridModel = {
  groups: Group[];
  bands: GridBand[];
  /** Every visible row in display order: arrow keys walk this list. */
  rows: GridRow[];
  legend: LegendEntry[];
  codes: Record<ResponsibilityLevel, string>;
};

export type GridFilter = { groupId: string | null; search: string };
export const NO_FILTER: GridFilter = { groupId: null, search: '' };

export function buildGridModel(plan: PlanContent, filter: GridFilter = NO_FILTER): GridModel {
  const { themes, groups, rowsByTheme } = orderMatrix(plan);
  const levels = levelIndex(plan);
  const needle = filter.search.trim().toLocaleLowerCase('nb');
  const groupIndex = filter.groupId ? groups.findIndex((g) => g.id === filter.groupId) : -1;
  const bands: GridBand[] = [];
  const rows: GridRow[] = [];
  for (const theme of themes) {
    const bandRows: GridRow[] = [];
    for (const r of rowsByTheme.get(theme.id) ?? []) {
      const byGroup = levels.get(r.area.id);
      const row: GridRow = { ...r, levels: groups.map((g) => byGroup?.get(g.id) ?? null) };
      if (groupIndex >= 0 && row.levels[groupIndex] === null) continue;
      if (needle && !r.area.name.toLocaleLowerCase('nb').includes(needle)) continue;
      bandRows.push(row);
    }
    if (bandRows.length === 0 && (needle || groupIndex >= 0)) continue;
    bands.push({ theme, rows: bandRows });
    rows.push(...bandRows);
  }
  const legend = orderedLegend(plan.legend);
  const codes: Record<ResponsibilityLevel, string> = { OpH: 'OpH', DpH: 'DpH', SpH: 'SpH' };
  for (const entry of legend) codes[entry.id] = entry.code;
  return { groups, bands, rows, legend, codes };
}

/** The next level when a cell is clicked: none → OpH → DpH → SpH → none. */
export function cycleLevel(level: ResponsibilityLevel | null): ResponsibilityLevel | null {
  return level === null ? 'OpH' : level === 'OpH' ? 'DpH' : level === 'DpH' ? 'SpH' : null;
}

/** Group label of a column header: "2. Hjemmetjenester", the project group by its name. */
export function columnHeading(group: Group): string {
  return group.number === null ? group.name : `${group.number}. ${group.name}`;
}
