// The matrix in reading order: themes, each with its areas, each area followed by its sub-topics.
// Every derived table walks this one order, so Tabell 1, 2 and 3 can never disagree about a row.
import type { Area, Group, PlanData, Theme } from '../domain/plan';
import { sortRows } from '../domain/rowOrder';

/** One row of the matrix in reading order. */
export type MatrixRow = { area: Area; theme: Theme; depth: 0 | 1; overarching: boolean };

export type MatrixOrder = { themes: Theme[]; groups: Group[]; rowsByTheme: Map<string, MatrixRow[]> };

/**
 * Orders the matrix. A sub-topic whose parent is missing or in another theme is shown as a top-level area
 * (never dropped, never overarching); areas of a missing theme are left out (the interchange refuses them).
 */
export function orderMatrix(plan: Pick<PlanData, 'themes' | 'areas' | 'groups'>): MatrixOrder {
  const themes = sortRows(plan.themes);
  const groups = sortRows(plan.groups);
  const byTheme = new Map<string, Area[]>(themes.map((t) => [t.id, []]));
  for (const a of plan.areas) byTheme.get(a.themeId)?.push(a);
  const rowsByTheme = new Map<string, MatrixRow[]>();
  for (const theme of themes) {
    const areas = byTheme.get(theme.id)!;
    const ids = new Set(areas.map((a) => a.id));
    const children = new Map<string, Area[]>();
    const tops: Area[] = [];
    for (const a of areas) {
      if (a.parentId !== null && ids.has(a.parentId) && a.parentId !== a.id) {
        const list = children.get(a.parentId) ?? [];
        list.push(a);
        children.set(a.parentId, list);
      } else tops.push(a);
    }
    const rows: MatrixRow[] = [];
    const seen = new Set<string>();
    const visit = (area: Area, depth: 0 | 1, overarching: boolean): void => {
      if (seen.has(area.id)) return;
      seen.add(area.id);
      rows.push({ area, theme, depth, overarching });
      // Sub-topics of sub-topics are flattened to depth 1: the documents show two levels.
      for (const child of sortRows(children.get(area.id) ?? [])) visit(child, 1, false);
    };
    const sortedTops = sortRows(tops);
    const firstTrueTop = sortedTops.find((a) => a.parentId === null);
    for (const top of sortedTops) visit(top, 0, top === firstTrueTop);
    // Areas caught in a parent cycle are reachable from no top; show them rather than lose them.
    for (const a of sortRows(areas)) visit(a, 0, false);
    rowsByTheme.set(theme.id, rows);
  }
  return { themes, groups, rowsByTheme };
}
