// Compare any two plans (two versions, two files, a version and now): the frame's fields before/after, the chapters
// as a redline, the matrix as cell changes per group (and its groups, themes and areas), and each structured table
// as rows added, changed and removed. Pure: both plans come in as PlanData (readPlan, a version, a JSON file).
import type { Area, AreaNote, Asset, Cell, Group, HearingInput, HearingParty, Law, LegendEntry, Measure, Milestone, OrgRole, PlanData, PolicyDocument, ResponsibilityLevel, Theme } from '../domain/plan';
import { applyChapterChanges, compareChapters, type ChapterChange } from './chapterChanges';
import { applyFields, applyRowChanges, compareRowsById, fieldDiffs, type FieldDiff, type RowChange } from './rowChanges';

export type MatrixChanges = {
  groups: RowChange<Group>[];
  themes: RowChange<Theme>[];
  areas: RowChange<Area>[];
  areaNotes: RowChange<AreaNote>[];
  legend: RowChange<LegendEntry>[];
  cells: RowChange<Cell>[];
};
export type TableChanges = {
  milestones: RowChange<Milestone>[];
  orgRoles: RowChange<OrgRole>[];
  laws: RowChange<Law>[];
  documents: RowChange<PolicyDocument>[];
  measures: RowChange<Measure>[];
  hearingParties: RowChange<HearingParty>[];
  inputs: RowChange<HearingInput>[];
  assets: RowChange<Asset>[];
};
export type PlanComparison = { frame: FieldDiff[]; chapters: ChapterChange[]; matrix: MatrixChanges; tables: TableChanges };

export const MATRIX_TABLES = ['groups', 'themes', 'areas', 'areaNotes', 'legend', 'cells'] as const;
export const STRUCTURED_TABLES = ['milestones', 'orgRoles', 'laws', 'documents', 'measures', 'hearingParties', 'inputs', 'assets'] as const;

export function comparePlans(before: PlanData, after: PlanData): PlanComparison {
  const rows = <K extends (typeof MATRIX_TABLES)[number] | (typeof STRUCTURED_TABLES)[number]>(t: K) =>
    compareRowsById(before[t] as readonly PlanData[K][number][], after[t] as readonly PlanData[K][number][]);
  return {
    frame: fieldDiffs(before.plan, after.plan),
    chapters: compareChapters(before.chapters, after.chapters),
    matrix: { groups: rows('groups'), themes: rows('themes'), areas: rows('areas'), areaNotes: rows('areaNotes'), legend: rows('legend'), cells: rows('cells') },
    tables: {
      milestones: rows('milestones'),
      orgRoles: rows('orgRoles'),
      laws: rows('laws'),
      documents: rows('documents'),
      measures: rows('measures'),
      hearingParties: rows('hearingParties'),
      inputs: rows('inputs'),
      assets: rows('assets'),
    },
  };
}

/** Number of changes: frame fields, chapters, rows of the matrix and the tables. 0 = the plans read the same. */
export function countChanges(c: PlanComparison): number {
  const rows = [...Object.values(c.matrix), ...Object.values(c.tables)].reduce((n, list) => n + list.length, 0);
  return c.frame.length + c.chapters.length + rows;
}

export const isEmptyComparison = (c: PlanComparison): boolean => countChanges(c) === 0;

/** `before` with the comparison applied: its content is the newer plan's (property-tested). */
export function applyComparison(before: PlanData, c: PlanComparison): PlanData {
  const out: PlanData = { ...before, plan: applyFields(before.plan, c.frame), chapters: applyChapterChanges(before.chapters, c.chapters) };
  const set = <K extends keyof PlanData>(t: K, changes: readonly RowChange<{ id: string }>[]) => {
    (out as Record<K, unknown>)[t] = applyRowChanges(before[t] as readonly { id: string }[], changes);
  };
  for (const t of MATRIX_TABLES) set(t, c.matrix[t]);
  for (const t of STRUCTURED_TABLES) set(t, c.tables[t]);
  return out;
}

export type CellChange = { areaId: string; groupId: string; from: ResponsibilityLevel | null; to: ResponsibilityLevel | null };

/** The matrix's visible changes: cells whose level differs (a new cell without a level is none), per group. */
export function cellChangesByGroup(c: PlanComparison): Map<string, CellChange[]> {
  const out = new Map<string, CellChange[]>();
  for (const change of c.matrix.cells) {
    const cell = (change.after ?? change.before)!;
    const from = change.before?.level ?? null;
    const to = change.after?.level ?? null;
    if (from === to) continue;
    out.set(cell.groupId, [...(out.get(cell.groupId) ?? []), { areaId: cell.areaId, groupId: cell.groupId, from, to }]);
  }
  return out;
}
