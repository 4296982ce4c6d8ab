// Issue 13, one row order: rows with equal position keys (two copies that each added a row at the same place) are listed
// alike by readPlan, the chapter tree, the grids, the export and the JSON interchange, whichever copy was merged first
// and whatever order the rows arrive in. The ids are chosen where a locale collation misleads: «B» before «a» by code
// units but after it by locale, and «é» written precomposed and as «e» + combining accent, which a collation calls equal.
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, mergeFrom, openPlanFile } from '../../../electron/services/store';
import { buildDocument } from '../../../shared/document/builder';
import type { FieldChange, PlanData, TableName } from '../../../shared/domain/plan';
import { planViewOf } from '../../../shared/domain/planView';
import { sortRows, type PositionedRow } from '../../../shared/domain/rowOrder';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { addRowChanges, BLANK_ROWS, type ListTable } from '../../../shared/plantables/edits';
import { buildChapterTree, type ChapterNode } from '../../../renderer/features/chapters/chapterTree';
import { buildGridModel } from '../../../renderer/features/matrix/gridModel';
import { smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-row-order-');
afterAll(() => tmp.cleanup());

/** Four ids per kind of row: by code units B < a < e + U+0301 < é; a collation puts a before B and calls the last two equal. */
const SUFFIXES = ['a', 'B', '\u00e9', 'e\u0301'] as const;
const CODE_UNIT_ORDER = ['B', 'a', 'e\u0301', '\u00e9'];
const KINDS = ['kap', 'sub', 'grp', 'tema', 'omr', 'mil', 'org', 'lov', 'dok', 'tilt', 'part', 'inn'] as const;
type Kind = (typeof KINDS)[number];
const LIST: Partial<Record<Kind, ListTable>> = { mil: 'milestones', org: 'orgRoles', lov: 'laws', dok: 'documents', tilt: 'measures', part: 'hearingParties', inn: 'inputs' };
const TEXT_COLUMN: Record<ListTable, string> = { milestones: 'name', orgRoles: 'role', laws: 'name', documents: 'title', measures: 'name', hearingParties: 'name', inputs: 'sender' };
const SAME_KEY = 5;
/** The text a row shows: its id in brackets, so its place in any output can be found. */
const mark = (id: string): string => `[${id}]`;

const set = (table: TableName, id: string, column: string, value: unknown): FieldChange => ({ table, id, column, value });

/** One new row of a kind at position SAME_KEY, as the app writes it. */
function newRow(kind: Kind, id: string, base: PlanData): FieldChange[] {
  const chapter = base.chapters[0]!.id;
  const theme = base.themes[0]!.id;
  const list = LIST[kind];
  if (list) return addRowChanges(list, { ...BLANK_ROWS[list](id, SAME_KEY), [TEXT_COLUMN[list]]: mark(id) } as never);
  switch (kind) {
    case 'kap':
    case 'sub':
      return [
        set('chapters', id, 'parentId', kind === 'sub' ? chapter : null),
        set('chapters', id, 'title', mark(id)),
        set('chapters', id, 'sortKey', SAME_KEY),
      ];
    case 'grp':
      return [set('groups', id, 'kind', 'arbeidsgruppe'), set('groups', id, 'number', null), set('groups', id, 'name', mark(id)), set('groups', id, 'sortKey', SAME_KEY)];
    case 'tema':
      return [set('themes', id, 'name', mark(id)), set('themes', id, 'sortKey', SAME_KEY)];
    default:
      return [set('areas', id, 'themeId', theme), set('areas', id, 'name', mark(id)), set('areas', id, 'sortKey', SAME_KEY)];
  }
}

/** A chapter whose body shows every list table as a live block, so the export lists their rows. */
function withTablesChapter(plan: PlanData): PlanData {
  const live = (kind: string) => ({ type: 'liveBlock', attrs: { kind, groupId: null } });
  plan.chapters.push({
    id: 'tabeller',
    sortKey: 99,
    parentId: null,
    kind: 'chapter',
    title: 'Tabeller',
    numbered: true,
    status: 'utkast',
    groupId: null,
    body: { type: 'doc', content: ['milestones', 'organisation', 'laws', 'documents', 'measures', 'hearing', 'merknadsbehandling', 'matrix-all'].map(live) },
  });
  return plan;
}

const idsOf = (kind: Kind): string[] => SUFFIXES.map((s) => `${kind}-${s}`);
const ownIds = (rows: readonly { id: string }[], kind: Kind): string[] => rows.map((r) => r.id).filter((id) => idsOf(kind).includes(id));
const flattenTree = (nodes: readonly ChapterNode[]): string[] => nodes.flatMap((n) => [n.chapter.id, ...flattenTree(n.children)]);
/** The plan with every table's rows in reverse: rows as an optimistic edit or another transport might deliver them. */
const reversed = (plan: PlanData): PlanData =>
  Object.fromEntries(Object.entries(plan).map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[])].reverse() : v])) as PlanData;
/** Where each of a kind's rows first appears in a text: the order a reader meets them. */
const orderIn = (text: string, kind: Kind): string[] => {
  const found = idsOf(kind).map((id) => ({ id, at: text.indexOf(JSON.stringify(mark(id)).slice(1, -1)) }));
  for (const f of found) expect(f.at, `${f.id} is in the output`).toBeGreaterThanOrEqual(0);
  return found.sort((x, y) => x.at - y.at).map((f) => f.id);
};

/** Every place a plan's rows are listed, kind by kind. */
function ordersEverywhere(plan: PlanData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const tree = flattenTree(buildChapterTree(plan.chapters));
  const grid = buildGridModel(planViewOf(plan));
  const docs = JSON.stringify([buildDocument(plan, { part: 'plan', watermark: 'none' }), buildDocument(plan, { part: 'matrix', watermark: 'none' })]);
  const json = canonicalPlanJson(plan);
  for (const kind of KINDS) {
    out[`${kind} export`] = orderIn(docs, kind);
    out[`${kind} JSON`] = orderIn(json, kind);
  }
  for (const kind of ['kap', 'sub'] as const) out[`${kind} tree`] = tree.filter((id) => idsOf(kind).includes(id));
  out['grp grid'] = ownIds(grid.groups, 'grp');
  out['tema grid'] = ownIds(grid.bands.map((b) => b.theme), 'tema');
  out['omr grid'] = ownIds(grid.rows.map((r) => r.area), 'omr');
  for (const [kind, table] of Object.entries(LIST) as Array<[Kind, ListTable]>) out[`${kind} grid`] = ownIds(sortRows<PositionedRow>(plan[table]), kind);
  return out;
}

describe('one row order for rows with equal position keys', () => {
  const base = tmp.file('base.planverk');
  createPlanFile(base, withTablesChapter(smallPlan())).close();
  const basePlan = openPlanFile(base, { readOnly: true });
  const start = basePlan.readPlan();
  basePlan.close();

  /** Copy A adds the rows ending in «a» and «é», copy B those ending in «B» and «e» + accent, all at the same position. */
  const copies = (['A', 'B'] as const).map((name, i) => {
    const path = tmp.file(`copy-${name}.planverk`);
    const from = openPlanFile(base, { readOnly: true });
    from.saveCopy(path);
    from.close();
    const file = openPlanFile(path);
    for (const kind of KINDS) for (const s of SUFFIXES.filter((_, k) => k % 2 === i)) file.mutate(newRow(kind, `${kind}-${s}`, start));
    file.close();
    return path;
  });

  const mergedInOrder = (name: string, order: readonly string[]): PlanData => {
    const path = tmp.file(`${name}.planverk`);
    const from = openPlanFile(base, { readOnly: true });
    from.saveCopy(path);
    from.close();
    const file = openPlanFile(path);
    try {
      for (const copy of order) mergeFrom(file, copy);
      return file.readPlan();
    } finally {
      file.close();
    }
  };
  const ab = mergedInOrder('a-then-b', copies);
  const ba = mergedInOrder('b-then-a', [...copies].reverse());

  it('readPlan lists rows with equal sortKeys by id in code-unit order, whichever copy was merged first', () => {
    for (const plan of [ab, ba]) {
      expect(ownIds(plan.chapters.filter((c) => c.parentId === null), 'kap')).toEqual(CODE_UNIT_ORDER.map((s) => `kap-${s}`));
      for (const [kind, table] of Object.entries(LIST) as Array<[Kind, ListTable]>) expect(ownIds(plan[table], kind)).toEqual(CODE_UNIT_ORDER.map((s) => `${kind}-${s}`));
    }
    expect(canonicalPlanJson(ba)).toBe(canonicalPlanJson(ab));
  });

  it('the chapter tree, the grids, the export and the JSON list them as readPlan does, in both merge orders and for rows arriving in any order', () => {
    const expected = (kind: Kind): string[] => CODE_UNIT_ORDER.map((s) => `${kind}-${s}`);
    for (const plan of [ab, ba, reversed(ab), reversed(ba)]) {
      for (const [where, order] of Object.entries(ordersEverywhere(plan))) expect(order, where).toEqual(expected(where.split(' ')[0] as Kind));
    }
  });

  it('the export is the same document whichever copy was merged first and whatever order the rows arrive in', () => {
    for (const part of ['plan', 'matrix', 'merknadsbehandling'] as const) {
      const doc = JSON.stringify(buildDocument(ab, { part, watermark: 'none' }));
      // Compared as booleans: a failing diff of two whole documents would bury the message.
      expect(JSON.stringify(buildDocument(ba, { part, watermark: 'none' })) === doc, `${part}: B merged first`).toBe(true);
      expect(JSON.stringify(buildDocument(reversed(ab), { part, watermark: 'none' })) === doc, `${part}: rows reversed`).toBe(true);
    }
  });
});
