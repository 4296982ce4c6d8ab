// Builders for matrices in tests: small, explicit plans and random ones for property tests.
import fc from 'fast-check';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { cellId, TOMBSTONE, type Area, type FieldChange, type PlanData, type ResponsibilityLevel } from '../../shared/domain/plan';

export type AreaSpec = { name: string; sortKey?: number; subtopics?: string[]; cells?: Record<number, ResponsibilityLevel> };

/** A plan with groups numbered 1..groupCount and themes of areas; cells keyed by group number. */
export function matrixPlan(groupCount: number, themes: Array<{ name: string; areas: AreaSpec[] }>): PlanData {
  const newId = seededIds('t');
  const plan = emptyPlan(newId);
  plan.groups = Array.from({ length: groupCount }, (_, i) => ({
    id: `g${i + 1}`,
    sortKey: i + 1,
    kind: 'arbeidsgruppe' as const,
    number: i + 1,
    name: `Gruppe ${i + 1}`,
    leader: '',
    members: '',
  }));
  themes.forEach((t, ti) => {
    const themeId = `th${ti + 1}`;
    plan.themes.push({ id: themeId, sortKey: ti + 1, name: t.name });
    t.areas.forEach((a, ai) => {
      const area = makeArea(`a${ti + 1}-${ai + 1}`, themeId, null, a.name, a.sortKey ?? ai + 1);
      plan.areas.push(area);
      (a.subtopics ?? []).forEach((s, si) => plan.areas.push(makeArea(`${area.id}-s${si + 1}`, themeId, area.id, s, si + 1)));
      for (const [n, level] of Object.entries(a.cells ?? {})) {
        plan.cells.push({ id: cellId(area.id, `g${n}`), areaId: area.id, groupId: `g${n}`, level });
      }
    });
  });
  return plan;
}

export function makeArea(id: string, themeId: string, parentId: string | null, name: string, sortKey: number): Area {
  const text = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: `${name} tekst` }] }] };
  return { id, sortKey, themeId, parentId, name, problems: text, method: text, actors: text };
}

const level = fc.constantFrom<ResponsibilityLevel | null>('OpH', 'DpH', 'SpH', null);

/** Random matrices: shuffled sort keys (with ties), sub-topics, cells at random positions, null levels. */
export const arbitraryMatrix = fc
  .record({
    groupCount: fc.integer({ min: 1, max: 6 }),
    groupKeys: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
    themes: fc.array(
      fc.array(fc.record({ sortKey: fc.integer({ min: 0, max: 4 }), subtopics: fc.integer({ min: 0, max: 2 }) }), { maxLength: 5 }),
      { minLength: 1, maxLength: 4 },
    ),
    themeKeys: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
    cells: fc.array(fc.tuple(fc.nat(), fc.nat(), level), { maxLength: 40 }),
  })
  .map(({ groupCount, groupKeys, themes, themeKeys, cells }) => {
    const plan = matrixPlan(
      groupCount,
      themes.map((areas, ti) => ({
        name: `Tema ${ti + 1}`,
        areas: areas.map((a, ai) => ({ name: `Område ${ti + 1}.${ai + 1}`, sortKey: a.sortKey, subtopics: Array.from({ length: a.subtopics }, (_, s) => `Del ${s + 1}`) })),
      })),
    );
    plan.groups.forEach((g, i) => (g.sortKey = groupKeys[i]!));
    plan.themes.forEach((t, i) => (t.sortKey = themeKeys[i]!));
    const byId = new Map<string, PlanData['cells'][number]>();
    if (plan.areas.length > 0) {
      for (const [ai, gi, lvl] of cells) {
        const areaId = plan.areas[ai % plan.areas.length]!.id;
        const groupId = plan.groups[gi % plan.groups.length]!.id;
        byId.set(cellId(areaId, groupId), { id: cellId(areaId, groupId), areaId, groupId, level: lvl });
      }
    }
    plan.cells = [...byId.values()];
    return plan;
  });

/** Rows removed by a tombstone, kept like the store keeps them so that tombstone false revives them. */
export type Graveyard = Map<string, Record<string, unknown>>;

/** Applies field changes the way the store does (a change to an unknown row creates it; tombstone true removes it). */
export function applyToPlan(plan: PlanData, changes: readonly FieldChange[], graveyard: Graveyard = new Map()): PlanData {
  const next = structuredClone(plan);
  for (const c of changes) {
    if (c.table === 'plan') {
      (next.plan as Record<string, unknown>)[c.column] = c.value;
      continue;
    }
    const rows = next[c.table] as unknown as Array<Record<string, unknown>>;
    const index = rows.findIndex((r) => r.id === c.id);
    const key = `${c.table}|${c.id}`;
    if (c.column === TOMBSTONE) {
      if (c.value === true && index >= 0) graveyard.set(key, rows.splice(index, 1)[0]!);
      if (c.value === false && index < 0 && graveyard.has(key)) rows.push(graveyard.get(key)!);
      continue;
    }
    if (index < 0 && graveyard.has(key)) {
      const revived = graveyard.get(key)!;
      graveyard.delete(key);
      revived[c.column] = c.value;
      continue;
    }
    if (index >= 0) rows[index]![c.column] = c.value;
    else rows.push({ id: c.id, [c.column]: c.value });
  }
  return next;
}
