// Referential checks of a schema-valid plan: unique ids, every reference points at a row that exists, no cycles.
import { cellId, type PlanData, type TableName } from '../domain/plan';
import { formatPath } from './path';

export type BadField = { path: string; message: string };

const at = (table: string, index: number, field: string): string => formatPath([table, index, field]);

function firstDuplicateId(plan: PlanData): BadField | null {
  for (const table of Object.keys(plan) as Array<keyof PlanData>) {
    const rows = plan[table];
    if (!Array.isArray(rows)) continue;
    const seen = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const id = (rows[i] as { id: string }).id;
      if (seen.has(id)) return { path: at(table, i, 'id'), message: `id «${id}» finnes allerede i ${table}.` };
      seen.add(id);
    }
  }
  return null;
}

/** Follows parent links from every row; a chain that comes back to a row it passed is a cycle. */
function firstCycle(rows: ReadonlyArray<{ id: string; parentId: string | null }>, table: TableName): BadField | null {
  const parent = new Map(rows.map((r) => [r.id, r.parentId]));
  for (let i = 0; i < rows.length; i++) {
    const seen = new Set<string>();
    let cur: string | null | undefined = rows[i]!.id;
    while (cur) {
      if (seen.has(cur)) return { path: at(table, i, 'parentId'), message: 'overordnet-koblingen går i ring.' };
      seen.add(cur);
      cur = parent.get(cur);
    }
  }
  return null;
}

/** The first broken reference (what the JSON import names), or null. */
export function checkReferences(plan: PlanData): BadField | null {
  return listReferenceBreaches(plan)[0] ?? null;
}

/** Every broken reference of a schema-valid plan (duplicate ids first), for `check` and the plan invariants. */
export function listReferenceBreaches(plan: PlanData): BadField[] {
  const out: BadField[] = [];
  const dup = firstDuplicateId(plan);
  if (dup) out.push(dup);
  const ids = (rows: ReadonlyArray<{ id: string }>): Set<string> => new Set(rows.map((r) => r.id));
  const themes = ids(plan.themes);
  const areas = new Map(plan.areas.map((a) => [a.id, a]));
  const groups = ids(plan.groups);
  const chapters = ids(plan.chapters);
  const assets = ids(plan.assets);
  const missing = (what: string, id: string): string => `${what} «${id}» finnes ikke.`;

  if (plan.plan.profileLogoAssetId !== null && !assets.has(plan.plan.profileLogoAssetId)) {
    out.push({ path: 'plan.profileLogoAssetId', message: missing('bildet', plan.plan.profileLogoAssetId) });
  }
  const template = plan.plan.profileWordTemplateAssetId;
  if (template && !assets.has(template)) out.push({ path: 'plan.profileWordTemplateAssetId', message: missing('Word-malen', template) });
  for (const [i, a] of plan.areas.entries()) {
    if (!themes.has(a.themeId)) out.push({ path: at('areas', i, 'themeId'), message: missing('temaet', a.themeId) });
    if (a.parentId !== null) {
      const parent = areas.get(a.parentId);
      if (!parent) out.push({ path: at('areas', i, 'parentId'), message: missing('området', a.parentId) });
      else if (parent.themeId !== a.themeId) out.push({ path: at('areas', i, 'parentId'), message: 'et underområde må ligge i samme tema som området over.' });
    }
  }
  const areaCycle = firstCycle(plan.areas, 'areas');
  if (areaCycle) out.push(areaCycle);
  for (const [i, n] of plan.areaNotes.entries()) {
    if (!areas.has(n.areaId)) out.push({ path: at('areaNotes', i, 'areaId'), message: missing('området', n.areaId) });
  }
  for (const [i, c] of plan.cells.entries()) {
    if (!areas.has(c.areaId)) out.push({ path: at('cells', i, 'areaId'), message: missing('området', c.areaId) });
    if (!groups.has(c.groupId)) out.push({ path: at('cells', i, 'groupId'), message: missing('gruppen', c.groupId) });
    if (c.id !== cellId(c.areaId, c.groupId)) out.push({ path: at('cells', i, 'id'), message: `en celle har id «${cellId(c.areaId, c.groupId)}» (område:gruppe).` });
  }
  for (const [i, c] of plan.chapters.entries()) {
    if (c.parentId !== null && !chapters.has(c.parentId)) out.push({ path: at('chapters', i, 'parentId'), message: missing('kapitlet', c.parentId) });
    if (c.groupId !== null && !groups.has(c.groupId)) out.push({ path: at('chapters', i, 'groupId'), message: missing('gruppen', c.groupId) });
  }
  const chapterCycle = firstCycle(plan.chapters, 'chapters');
  if (chapterCycle) out.push(chapterCycle);
  for (const [i, m] of plan.measures.entries()) {
    if (m.themeId !== null && !themes.has(m.themeId)) out.push({ path: at('measures', i, 'themeId'), message: missing('temaet', m.themeId) });
    if (m.chapterId !== null && !chapters.has(m.chapterId)) out.push({ path: at('measures', i, 'chapterId'), message: missing('kapitlet', m.chapterId) });
  }
  for (const [i, input] of plan.inputs.entries()) {
    if (input.attachmentAssetId !== null && !assets.has(input.attachmentAssetId)) {
      out.push({ path: at('inputs', i, 'attachmentAssetId'), message: missing('vedlegget', input.attachmentAssetId) });
    }
    const j = input.concerns.findIndex((id) => !chapters.has(id) && !areas.has(id));
    if (j >= 0) out.push({ path: formatPath(['inputs', i, 'concerns', j]), message: `verken kapittel eller område «${input.concerns[j]}» finnes.` });
  }
  return out;
}
