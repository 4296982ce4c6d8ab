// What the compare page shows: the comparison flattened to texts (chapters as changed paragraphs of equal / inserted /
// deleted words, matrix cells by group and area name, table rows by their label, frame fields before → after), so the
// page draws it without knowing the plan's shape. Serializable: it crosses the API.
import type { PlanData } from '../domain/plan';
import { rowLabelOf } from '../domain/rowLabel';
import { valueText } from '../merge/valueText';
import type { BlockDiff } from './blockDiff';
import { cellChangesByGroup, comparePlans, MATRIX_TABLES, STRUCTURED_TABLES, type PlanComparison } from './comparePlans';
import type { InlineRun } from './inlineDiff';
import { plainText, type PmNode } from './pmNode';
import type { RowChange } from './rowChanges';

export type TextSegment = { kind: 'equal' | 'ins' | 'del'; text: string };
export type ValueChange = { field: string; from: string; to: string };
export type ChapterView = { id: string; title: string; oldTitle: string | null; kind: 'added' | 'removed' | 'changed'; moved: boolean; paragraphs: TextSegment[][] };
export type CellView = { group: string; area: string; from: string | null; to: string | null };
export type RowView = { table: (typeof MATRIX_TABLES)[number] | (typeof STRUCTURED_TABLES)[number]; id: string; kind: 'added' | 'removed' | 'changed'; label: string; fields: ValueChange[] };
export type CompareView = { frame: ValueChange[]; chapters: ChapterView[]; cells: CellView[]; rows: RowView[]; total: number };

const segments = (runs: readonly InlineRun[]): TextSegment[] => runs.map((r) => ({ kind: r.kind, text: r.nodes.map(plainText).join('') })).filter((s) => s.text !== '');

/** The changed blocks of a chapter as paragraphs of segments (equal blocks left out: the page shows what changed). */
function paragraphs(diffs: readonly BlockDiff[]): TextSegment[][] {
  return diffs.flatMap((d): TextSegment[][] => {
    if (d.kind === 'equal') return [];
    if (d.kind === 'ins' || d.kind === 'del') {
      const text = plainText(d.node as PmNode);
      return text ? [[{ kind: d.kind, text }]] : [];
    }
    if (d.kind === 'text') return [segments(d.runs)];
    return paragraphs(d.children);
  });
}

const valueChanges = (fields: RowChange<object>['fields']): ValueChange[] => fields.map((f) => ({ field: f.field, from: valueText(f.from), to: valueText(f.to) }));

export function compareView(before: PlanData, after: PlanData, c: PlanComparison = comparePlans(before, after)): CompareView {
  const areas = new Map([...before.areas, ...after.areas].map((a) => [a.id, a.name]));
  const groups = new Map([...before.groups, ...after.groups].map((g) => [g.id, g.number === null ? g.name : `${g.number} ${g.name}`]));
  const cells = [...cellChangesByGroup(c).values()].flat().map((x) => ({ group: groups.get(x.groupId) ?? x.groupId, area: areas.get(x.areaId) ?? x.areaId, from: x.from, to: x.to }));
  const rows: RowView[] = [];
  for (const table of [...MATRIX_TABLES.filter((t) => t !== 'cells'), ...STRUCTURED_TABLES]) {
    const list = (table in c.matrix ? c.matrix[table as keyof typeof c.matrix] : c.tables[table as keyof typeof c.tables]) as RowChange<Record<string, unknown> & { id: string }>[];
    for (const r of list) rows.push({ table, id: r.id, kind: r.kind, label: rowLabelOf((r.after ?? r.before)!), fields: valueChanges(r.fields) });
  }
  const chapters = c.chapters.map((ch) => ({
    id: ch.id,
    title: (ch.after ?? ch.before)!.title,
    oldTitle: ch.renamed ? ch.before!.title : null,
    kind: ch.kind,
    moved: ch.moved,
    paragraphs: paragraphs(ch.body),
  }));
  const frame = valueChanges(c.frame);
  return { frame, chapters, cells, rows, total: frame.length + chapters.length + cells.length + rows.length };
}
