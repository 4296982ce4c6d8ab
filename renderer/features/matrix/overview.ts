// The overview grid (Tabell 1) as rows: a band per theme, its areas (sub-topics under their area), a code per group.
import type { Area, Group, PlanData, Theme } from '../../../shared/domain/plan';

export type OverviewRow = { area: Area; depth: 0 | 1; codes: (string | null)[] };
export type OverviewBand = { theme: Theme; rows: OverviewRow[] };
export type Overview = { groups: Group[]; bands: OverviewBand[] };

const bySortKey = <T extends { sortKey: number; id: string }>(a: T, b: T) => a.sortKey - b.sortKey || a.id.localeCompare(b.id);

export function buildOverview(plan: PlanData): Overview {
  const groups = [...plan.groups].sort(bySortKey);
  const codeOf = new Map(plan.legend.map((entry) => [entry.id, entry.code]));
  const levelAt = new Map(plan.cells.map((cell) => [`${cell.areaId}\u0000${cell.groupId}`, cell.level]));
  const rowFor = (area: Area, depth: 0 | 1): OverviewRow => ({
    area,
    depth,
    codes: groups.map((group) => {
      const level = levelAt.get(`${area.id}\u0000${group.id}`);
      return level ? (codeOf.get(level) ?? level) : null;
    }),
  });
  const childrenOf = new Map<string, Area[]>();
  for (const area of plan.areas) {
    if (area.parentId) childrenOf.set(area.parentId, [...(childrenOf.get(area.parentId) ?? []), area]);
  }
  const bands = [...plan.themes].sort(bySortKey).map((theme) => {
    const topLevel = plan.areas.filter((a) => a.themeId === theme.id && !a.parentId).sort(bySortKey);
    const rows = topLevel.flatMap((area) => [rowFor(area, 0), ...(childrenOf.get(area.id) ?? []).sort(bySortKey).map((sub) => rowFor(sub, 1))]);
    return { theme, rows };
  });
  return { groups, bands };
}

export function groupHeading(group: Group): string {
  return group.number === null ? group.name : `${group.number}. ${group.name}`;
}
