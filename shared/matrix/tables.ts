// The three tables derived from the one matrix (Tabell 1 overview, Tabell 2 "Alles ansvar", Tabell 3 "Hovedansvar")
// and a group's work package. The store has already dropped tombstoned rows.
import type { Area, Chapter, Group, LegendEntry, PlanData, ResponsibilityLevel, Theme } from '../domain/plan';
import type { PlanContent } from '../domain/planView';
import { compareLegendEntries, treeOrder } from '../domain/rowOrder';
import { orderMatrix } from './order';

export type OverviewRow =
  | { kind: 'theme'; theme: Theme }
  | { kind: 'area'; area: Area; theme: Theme; depth: 0 | 1; overarching: boolean; levels: Record<string, ResponsibilityLevel | null> };
export type OverviewTable = { groups: Group[]; legend: LegendEntry[]; rows: OverviewRow[] };

export type AreaTextRow = { area: Area; depth: 0 | 1; overarching: boolean };
export type ThemeTextTable = { theme: Theme; rows: AreaTextRow[] };

export type GroupRow = AreaTextRow & { theme: Theme; level: ResponsibilityLevel };
export type GroupTable = { group: Group; rows: GroupRow[] };

export type WorkPackage = {
  group: Group;
  /** The group's own Tabell 3 rows. */
  rows: GroupRow[];
  /** The themes the group holds an area in, in matrix order. */
  themes: Theme[];
  /** Tabell 2 restricted to those themes: what the group must also consider ("alles ansvar"). */
  themeTables: ThemeTextTable[];
  /** The chapters assigned to the group, in document order. */
  chapters: Chapter[];
  legend: LegendEntry[];
};

/** The legend in level order (OpH, DpH, SpH), whatever order the rows came in. */
export function orderedLegend(legend: readonly LegendEntry[]): LegendEntry[] {
  return [...legend].sort(compareLegendEntries);
}

/** Level per area id per group id; cells of unknown areas or groups are ignored, and null levels are "no cell". */
export function levelIndex(plan: Pick<PlanData, 'cells'>): Map<string, Map<string, ResponsibilityLevel>> {
  const index = new Map<string, Map<string, ResponsibilityLevel>>();
  for (const c of plan.cells) {
    if (c.level === null) continue;
    let byGroup = index.get(c.areaId);
    if (!byGroup) index.set(c.areaId, (byGroup = new Map()));
    byGroup.set(c.groupId, c.level);
  }
  return index;
}

/** Tabell 1: theme bands with their areas, one column per group, codes in cells. */
export function deriveOverview(plan: PlanContent): OverviewTable {
  const { themes, groups, rowsByTheme } = orderMatrix(plan);
  const levels = levelIndex(plan);
  const rows: OverviewRow[] = [];
  for (const theme of themes) {
    rows.push({ kind: 'theme', theme });
    for (const r of rowsByTheme.get(theme.id) ?? []) {
      const byGroup = levels.get(r.area.id);
      const cells: Record<string, ResponsibilityLevel | null> = {};
      for (const g of groups) cells[g.id] = byGroup?.get(g.id) ?? null;
      rows.push({ kind: 'area', ...r, levels: cells });
    }
  }
  return { groups, legend: orderedLegend(plan.legend), rows };
}

/** Tabell 2 "Alles ansvar": per theme, every area and sub-topic with its three text columns. */
export function deriveAllResponsibility(plan: PlanContent): ThemeTextTable[] {
  const { themes, rowsByTheme } = orderMatrix(plan);
  return themes.map((theme) => ({
    theme,
    rows: (rowsByTheme.get(theme.id) ?? []).map(({ area, depth, overarching }) => ({ area, depth, overarching })),
  }));
}

/** Tabell 3 "Hovedansvar": one table per group in group order (also groups without rows). */
export function deriveMainResponsibility(plan: PlanContent): GroupTable[] {
  const { themes, groups, rowsByTheme } = orderMatrix(plan);
  const levels = levelIndex(plan);
  const tables = new Map<string, GroupRow[]>(groups.map((g) => [g.id, []]));
  for (const theme of themes) {
    for (const r of rowsByTheme.get(theme.id) ?? []) {
      for (const [groupId, level] of levels.get(r.area.id) ?? []) {
        tables.get(groupId)?.push({ area: r.area, depth: r.depth, overarching: r.overarching, theme, level });
      }
    }
  }
  return groups.map((group) => ({ group, rows: tables.get(group.id)! }));
}

/** Chapters in document order: depth first through the tree, siblings by sortKey. */
export function chaptersInDocumentOrder(chapters: readonly Chapter[]): Chapter[] {
  return treeOrder(chapters);
}

/** What one working group receives: its own tables and texts, the themes it touches, and its chapters. */
export function deriveWorkPackage(plan: PlanContent, groupId: string): WorkPackage {
  const table = deriveMainResponsibility(plan).find((t) => t.group.id === groupId);
  if (!table) throw new Error(`Fant ingen gruppe med id ${groupId}.`);
  const themeIds = new Set(table.rows.map((r) => r.theme.id));
  const themeTables = deriveAllResponsibility(plan).filter((t) => themeIds.has(t.theme.id));
  return {
    group: table.group,
    rows: table.rows,
    themes: themeTables.map((t) => t.theme),
    themeTables,
    chapters: chaptersInDocumentOrder(plan.chapters).filter((c) => c.groupId === groupId),
    legend: orderedLegend(plan.legend),
  };
}
