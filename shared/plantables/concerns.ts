// What an input concerns: the chapters and sub-plan areas it can be linked to, with names for the registry's filter.
import type { PlanData } from '../domain/plan';
import { sortRows, treeOrder } from '../domain/rowOrder';

export type ConcernOption = { id: string; kind: 'chapter' | 'area'; label: string };


/** Chapters first (in reading order, as the tree shows them), then areas (a sub-topic shown under its area: "Bolig › Felles boligkontor"). */
export function concernOptions(plan: Pick<PlanData, 'chapters' | 'areas'>): ConcernOption[] {
  const areaNames = new Map(plan.areas.map((a) => [a.id, a.name]));
  return [
    ...treeOrder(plan.chapters).map((c) => ({ id: c.id, kind: 'chapter' as const, label: c.title })),
    ...sortRows(plan.areas).map((a) => {
      const parent = a.parentId ? areaNames.get(a.parentId) : undefined;
      return { id: a.id, kind: 'area' as const, label: parent ? `${parent} › ${a.name}` : a.name };
    }),
  ];
}

/** The names of what an input concerns, skipping ids whose chapter or area has since been deleted. */
export function concernLabels(concerns: readonly string[], plan: Pick<PlanData, 'chapters' | 'areas'>): string[] {
  const labels = new Map(concernOptions(plan).map((o) => [o.id, o.label]));
  return concerns.flatMap((id) => {
    const label = labels.get(id);
    return label === undefined ? [] : [label];
  });
}
