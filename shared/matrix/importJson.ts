// Import of a responsibility matrix written as JSON (the shape of matrix-health-care.json) into plan rows.
// All or nothing: either every row is built, or a list of errors, each with the path of the bad field.
import { z } from 'zod';
import { cellId, GroupKind, ResponsibilityLevel, type Area, type Cell, type Group, type LegendEntry, type PlanData, type Theme } from '../domain/plan';
import { DEFAULT_LEGEND } from '../domain/emptyPlan';
import type { IdSource } from '../domain/ids';
import { formatPath } from '../interchange/path';
import { plainTextToRichText } from './richText';

const Responsibility = z.record(z.string().min(1), ResponsibilityLevel);
const Texts = { problems: z.string().optional(), method: z.string().optional(), actors: z.string().optional() };

const SubtopicJson = z.union([
  z.string().trim().min(1, 'tittel mangler'),
  z.object({ title: z.string().trim().min(1, 'tittel mangler'), responsibility: Responsibility.default({}), ...Texts }),
]);
const AreaJson = z.object({
  title: z.string().trim().min(1, 'tittel mangler'),
  overarching: z.boolean().optional(),
  responsibility: Responsibility.default({}),
  subtopics: z.array(SubtopicJson).default([]),
  ...Texts,
});
const GroupJson = z.object({
  key: z.string().trim().min(1, 'nøkkel mangler'),
  name: z.string().trim().min(1, 'navn mangler'),
  kind: GroupKind.default('arbeidsgruppe'),
  number: z.number().int().min(0).max(999).nullable().default(null),
  leader: z.string().default(''),
  members: z.string().default(''),
});
/** The matrix JSON shape. Unknown top-level keys (such as "about") are ignored. */
export const MatrixJson = z.object({
  legend: z.partialRecord(ResponsibilityLevel, z.string()).default({}),
  groups: z.array(GroupJson),
  themes: z.array(z.object({ title: z.string().trim().min(1, 'tittel mangler'), areas: z.array(AreaJson) })),
});
export type MatrixJson = z.input<typeof MatrixJson>;

/** The rows a matrix import produces; the caller merges them into a plan (or replaces the plan's matrix with them). */
export type MatrixFragment = Pick<PlanData, 'groups' | 'themes' | 'areas' | 'cells' | 'legend'>;
export type ImportError = { path: string; message: string };
export type MatrixImportResult = { ok: true; matrix: MatrixFragment } | { ok: false; errors: ImportError[] };

type ParsedMatrix = z.output<typeof MatrixJson>;
type ParsedArea = ParsedMatrix['themes'][number]['areas'][number];

export function importMatrixJson(json: unknown, newId: IdSource): MatrixImportResult {
  const parsed = MatrixJson.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const errors = checkReferences(parsed.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, matrix: buildRows(parsed.data, newId) };
}

function checkReferences(m: ParsedMatrix): ImportError[] {
  const errors: ImportError[] = [];
  const keys = new Set<string>();
  m.groups.forEach((g, i) => {
    if (keys.has(g.key)) errors.push({ path: `groups[${i}].key`, message: `gruppenøkkelen «${g.key}» er brukt før` });
    keys.add(g.key);
  });
  const checkResponsibility = (resp: Record<string, unknown>, path: string): void => {
    for (const key of Object.keys(resp)) {
      if (!keys.has(key)) errors.push({ path: `${path}.responsibility.${key}`, message: `ukjent gruppe «${key}»` });
    }
  };
  m.themes.forEach((t, ti) =>
    t.areas.forEach((a, ai) => {
      const path = `themes[${ti}].areas[${ai}]`;
      if (a.overarching !== undefined && a.overarching !== (ai === 0)) {
        errors.push({
          path: `${path}.overarching`,
          message: ai === 0 ? 'det første området i et tema er alltid den overordnede raden' : 'bare det første området i et tema kan være overordnet',
        });
      }
      checkResponsibility(a.responsibility, path);
      a.subtopics.forEach((s, si) => {
        if (typeof s !== 'string') checkResponsibility(s.responsibility, `${path}.subtopics[${si}]`);
      });
    }),
  );
  return errors;
}

function buildRows(m: ParsedMatrix, newId: IdSource): MatrixFragment {
  const groupIds = new Map<string, string>();
  const groups: Group[] = m.groups.map((g, i) => {
    const id = newId();
    groupIds.set(g.key, id);
    return { id, sortKey: i + 1, kind: g.kind, number: g.number, name: g.name, leader: g.leader, members: g.members };
  });
  const themes: Theme[] = [];
  const areas: Area[] = [];
  const cells: Cell[] = [];
  const addCells = (areaId: string, resp: Record<string, z.infer<typeof ResponsibilityLevel>>): void => {
    for (const [key, level] of Object.entries(resp)) {
      const groupId = groupIds.get(key)!;
      cells.push({ id: cellId(areaId, groupId), areaId, groupId, level });
    }
  };
  const addArea = (a: Pick<ParsedArea, 'title' | 'problems' | 'method' | 'actors'>, themeId: string, parentId: string | null, sortKey: number): string => {
    const id = newId();
    areas.push({
      id,
      sortKey,
      themeId,
      parentId,
      name: a.title,
      problems: plainTextToRichText(a.problems ?? ''),
      method: plainTextToRichText(a.method ?? ''),
      actors: plainTextToRichText(a.actors ?? ''),
    });
    return id;
  };
  m.themes.forEach((t, ti) => {
    const themeId = newId();
    themes.push({ id: themeId, sortKey: ti + 1, name: t.title });
    t.areas.forEach((a, ai) => {
      const areaId = addArea(a, themeId, null, ai + 1);
      addCells(areaId, a.responsibility);
      a.subtopics.forEach((s, si) => {
        const sub = typeof s === 'string' ? { title: s, responsibility: {} } : s;
        const subId = addArea(sub, themeId, areaId, si + 1);
        addCells(subId, sub.responsibility);
      });
    });
  });
  const legend: LegendEntry[] = DEFAULT_LEGEND.map((e) => ({ ...e, explanation: m.legend[e.id] ?? e.explanation }));
  return { groups, themes, areas, cells, legend };
}
