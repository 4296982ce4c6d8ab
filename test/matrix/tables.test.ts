import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededIds } from '../../shared/domain/ids';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { PlanData } from '../../shared/domain/plan';
import { importMatrixJson } from '../../shared/matrix/importJson';
import { deriveAllResponsibility, deriveMainResponsibility, deriveOverview, deriveWorkPackage } from '../../shared/matrix/tables';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import reference from '../../shared/sample/matrix-health-care.json';
import { arbitraryMatrix, matrixPlan } from './helpers';

function importedReference(): PlanData {
  const result = importMatrixJson(reference, seededIds('ref'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { ...emptyPlan(seededIds('frame')), ...result.matrix };
}

/** Every (areaId, groupId, level) the tables show, from each table. */
function overviewCells(plan: PlanData): string[] {
  return deriveOverview(plan).rows.flatMap((r) =>
    r.kind === 'area' ? Object.entries(r.levels).flatMap(([g, l]) => (l ? [`${r.area.id}|${g}|${l}`] : [])) : [],
  );
}
function groupTableCells(plan: PlanData): string[] {
  return deriveMainResponsibility(plan).flatMap((t) => t.rows.map((r) => `${r.area.id}|${t.group.id}|${r.level}`));
}

describe('derived tables of the health-care matrix', () => {
  it('reproduce its 6 themes, 30 areas, 7 groups and every cell', () => {
    const plan = importedReference();
    expect(PlanData.safeParse(plan).success).toBe(true);
    const overview = deriveOverview(plan);
    expect(overview.groups.map((g) => g.name)).toEqual(reference.groups.map((g) => g.name));
    expect(overview.rows.filter((r) => r.kind === 'theme').map((r) => r.theme.name)).toEqual(reference.themes.map((t) => t.title));
    const areaRows = overview.rows.filter((r) => r.kind === 'area');
    expect(areaRows.filter((r) => r.depth === 0).map((r) => r.area.name)).toEqual(reference.themes.flatMap((t) => t.areas.map((a) => a.title)));
    expect(areaRows.filter((r) => r.depth === 0)).toHaveLength(30);
    expect(areaRows.filter((r) => r.depth === 1).map((r) => r.area.name)).toEqual(
      reference.themes.flatMap((t) => t.areas.flatMap((a) => a.subtopics)),
    );
    // Every reference cell at its row and column, and nothing else.
    const keyToName = new Map(reference.groups.map((g) => [g.key, g.name]));
    const expected = reference.themes.flatMap((t) =>
      t.areas.flatMap((a) => Object.entries(a.responsibility).map(([key, level]) => `${t.title}|${a.title}|${keyToName.get(key)}|${level}`)),
    );
    const groupName = new Map(overview.groups.map((g) => [g.id, g.name]));
    const actual = areaRows.flatMap((r) =>
      Object.entries(r.levels).flatMap(([g, l]) => (l ? [`${r.theme.name}|${r.area.name}|${groupName.get(g)}|${l}`] : [])),
    );
    expect(actual).toEqual(expected);
    expect(areaRows.filter((r) => r.overarching).map((r) => r.area.name)).toEqual(reference.themes.map((t) => t.areas[0]!.title));
  });

  it('agree cell for cell: Tabell 1 and each group\'s Tabell 3', () => {
    const plan = importedReference();
    expect(groupTableCells(plan).sort()).toEqual(overviewCells(plan).sort());
    const tables = deriveMainResponsibility(plan);
    expect(tables).toHaveLength(7);
    const g5 = tables.find((t) => t.group.name === 'Utvikling og innovasjon')!;
    expect(g5.rows.map((r) => `${r.area.name}:${r.level}`)).toEqual(['Innovasjon og nytenkning:OpH', 'Velferdsteknologi:DpH', 'Digital samhandling:DpH']);
  });

  it('Tabell 2 lists every area and sub-topic under its own theme', () => {
    const plan = importedReference();
    const tables = deriveAllResponsibility(plan);
    expect(tables.map((t) => t.rows.length)).toEqual(reference.themes.map((t) => t.areas.length + t.areas.flatMap((a) => a.subtopics).length));
    const bolig = tables[4]!.rows.findIndex((r) => r.area.name === 'Bolig');
    expect(tables[4]!.rows.slice(bolig, bolig + 4).map((r) => [r.area.name, r.depth])).toEqual([
      ['Bolig', 0],
      ['Differensiert botilbud', 1],
      ['Felles boligkontor', 1],
      ['Boligutvikling og målgruppeperspektiver', 1],
    ]);
  });
});

describe('derived tables of random matrices', () => {
  it('show every cell in exactly the tables it belongs to', () => {
    fc.assert(
      fc.property(arbitraryMatrix, (plan) => {
        const set = plan.cells.filter((c) => c.level !== null);
        const overview = deriveOverview(plan);
        const areaRows = overview.rows.flatMap((r) => (r.kind === 'area' ? [r] : []));
        // Tabell 1: one row per area, every cell at its row and column, null where no level.
        expect(areaRows.map((r) => r.area.id).sort()).toEqual(plan.areas.map((a) => a.id).sort());
        for (const row of areaRows) {
          for (const g of plan.groups) {
            const cell = set.find((c) => c.areaId === row.area.id && c.groupId === g.id);
            expect(row.levels[g.id]).toBe(cell?.level ?? null);
          }
        }
        // Tabell 3: each cell in exactly its group's table, once; no other rows.
        const groupTables = deriveMainResponsibility(plan);
        expect(groupTables.map((t) => t.group.id).sort()).toEqual(plan.groups.map((g) => g.id).sort());
        expect(groupTableCells(plan).sort()).toEqual(set.map((c) => `${c.areaId}|${c.groupId}|${c.level}`).sort());
        // Tabell 3 keeps Tabell 1's row order.
        const position = new Map(areaRows.map((r, i) => [r.area.id, i]));
        for (const t of groupTables) {
          const positions = t.rows.map((r) => position.get(r.area.id)!);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
        // Tabell 2: each area in exactly its own theme's table.
        for (const a of plan.areas) {
          const holders = deriveAllResponsibility(plan).filter((t) => t.rows.some((r) => r.area.id === a.id));
          expect(holders.map((t) => t.theme.id)).toEqual([a.themeId]);
        }
        // Exactly one overarching row per theme that has areas, and it is a top-level area.
        for (const t of plan.themes) {
          const rows = areaRows.filter((r) => r.theme.id === t.id);
          expect(rows.filter((r) => r.overarching)).toHaveLength(rows.length > 0 ? 1 : 0);
          expect(rows.filter((r) => r.overarching).every((r) => r.area.parentId === null && r.depth === 0)).toBe(true);
        }
      }),
      { numRuns: 200, seed: 20250415 },
    );
  });
});

describe('ordering', () => {
  it('orders by sortKey then id, sub-topics right after their parent', () => {
    const plan = matrixPlan(1, [
      { name: 'T', areas: [{ name: 'B', sortKey: 2, subtopics: ['B1', 'B2'] }, { name: 'A', sortKey: 1 }, { name: 'C', sortKey: 2 }] },
    ]);
    // Same sortKey: id decides (a1-1 < a1-3).
    const names = deriveAllResponsibility(plan)[0]!.rows.map((r) => `${r.area.name}${r.overarching ? '*' : ''}/${r.depth}`);
    expect(names).toEqual(['A*/0', 'B/0', 'B1/1', 'B2/1', 'C/0']);
  });
});

describe('deriveWorkPackage', () => {
  it('gives a group its own rows, the themes it touches and its chapters', () => {
    const plan = buildSamplePlan();
    const g5 = plan.groups.find((g) => g.number === 5)!;
    const pkg = deriveWorkPackage(plan, g5.id);
    expect(pkg.rows.map((r) => r.area.name)).toEqual(['Innovasjon og nytenkning', 'Velferdsteknologi', 'Digital samhandling']);
    expect(pkg.themes.map((t) => t.name)).toEqual(['Innovasjon og nytenkning']);
    expect(pkg.themeTables[0]!.rows).toHaveLength(6);
    expect(pkg.chapters.map((c) => c.groupId)).toEqual([g5.id]);
    expect(pkg.chapters).toHaveLength(1);
    const g3 = plan.groups.find((g) => g.number === 3)!;
    expect(deriveWorkPackage(plan, g3.id).chapters).toEqual([]);
    expect(deriveWorkPackage(plan, g3.id).themes.map((t) => t.name)).toEqual(['Helsefremmende og forebyggende arbeid', 'Meningsfull og aktiv hverdag', 'Kompetanse og rekruttering']);
    expect(() => deriveWorkPackage(plan, 'finnes-ikke')).toThrow(/Fant ingen gruppe/);
  });
});
