// The parts of a merge report about structure: what the merged plan needed to stay whole (rows kept alive, cycles cut),
// rows deleted on one side and edited on the other, paragraph text a delete on one side would drop, and text both sides
// moved alike that the merge keeps once. Read before
// the merge (both logs, both chapters' texts) and finished after it, so the preview and the merge say the same.
import type { Database } from 'better-sqlite3';
import type { DeletedEdit, MergeRepairItem, MergeSummary, OfferedText } from '../../../shared/api/calls/merge';
import { TABLE_NAMES, TOMBSTONE, type PlanData, type TableName } from '../../../shared/domain/plan';
import type { PlanRepair } from '../../../shared/domain/planWhole';
import { rowLabelOf } from '../../../shared/domain/rowLabel';
import { richTextToPlainText } from '../../../shared/matrix/richText';
import { readStoredRows, wholeRows, type Rows } from '../store/readPlan';
import { compareReportRows, parse, unsharedLatest, type Message } from './conflicts';
import { droppedParagraphs } from './droppedText';
import { labelRow, rowsOf } from './planDiff';
import { valueText } from '../../../shared/merge/valueText';

export type StructureReport = Pick<MergeSummary, 'repairs' | 'deletedEdits' | 'offeredText' | 'doubledText'>;
type Side = 'here' | 'copy';
type RowChanges = { deleted: boolean; fields: Message[] };

const repairKey = (r: PlanRepair): string => [r.kind, r.table, r.id, r.target ?? ''].join('\u0000');
const rowKey = (table: string, id: string): string => `${table}\u0000${id}`;

/** Per row, what one side changed that the other has not seen: a delete, and field edits (positions left out). */
function unsharedRows(db: Database, other: Database): Map<string, RowChanges> {
  const rows = new Map<string, RowChanges>();
  for (const m of unsharedLatest(db, other).values()) {
    if (!(TABLE_NAMES as readonly string[]).includes(m.dataset) || m.column === 'sortKey') continue;
    const key = rowKey(m.dataset, m.row);
    const entry = rows.get(key) ?? { deleted: false, fields: [] };
    if (m.column === TOMBSTONE) entry.deleted = parse(m.value) === true;
    else entry.fields.push(m);
    rows.set(key, entry);
  }
  return rows;
}

/** Each chapter's stored Yjs updates, in the order they were stored. */
export function chapterUpdates(db: Database): Map<string, Uint8Array[]> {
  const byChapter = new Map<string, Uint8Array[]>();
  for (const u of db.prepare('SELECT chapterId, "update" AS u FROM chapterUpdates ORDER BY id').iterate() as Iterable<{ chapterId: string; u: Buffer }>) {
    const list = byChapter.get(u.chapterId) ?? [];
    list.push(new Uint8Array(u.u));
    byChapter.set(u.chapterId, list);
  }
  return byChapter;
}

/** Each file's chapter updates by chapter id: the open plan's (`here`) and the copy's. */
export type ChapterUpdatesBySide = Record<Side, Map<string, Uint8Array[]>>;

export const bothChapterUpdates = (here: Database, copy: Database): ChapterUpdatesBySide => ({ here: chapterUpdates(here), copy: chapterUpdates(copy) });

/**
 * Takes what the report needs from both files before the merge; `finish` completes it from the merged plan and the
 * text both sides moved alike that the merge kept once (`doubled`, doubledMoves.ts).
 */
export function watchStructure(
  here: Database,
  copy: Database,
): {
  /** Both files' chapter updates as read before the merge (doubledMoves.ts reads them too). */
  updates: ChapterUpdatesBySide;
  finish: (merged: Database, plans: { before: PlanData; after: PlanData; copy: PlanData }, doubled: ReadonlyArray<{ chapterId: string; text: string }>) => StructureReport;
} {
  const repairsBefore = new Set(wholeRows(here, readStoredRows(here)).repairs.map(repairKey));
  const changes: Record<Side, Map<string, RowChanges>> = { here: unsharedRows(here, copy), copy: unsharedRows(copy, here) };
  const updates = bothChapterUpdates(here, copy);
  return {
    updates,
    finish(merged, plans, doubled) {
      const stored = readStoredRows(merged);
      const label = (table: TableName, id: string): string => {
        const known = labelRow([plans.after, plans.before, plans.copy], table, id);
        const row = stored[table].get(id);
        return known === id && row ? rowLabelOf(row) : known;
      };
      const offered = offeredText(updates, stored, label);
      const deletedEdits = findDeletedEdits(changes, updates, offered, plans, label);
      const repairs: MergeRepairItem[] = wholeRows(merged, stored)
        .repairs.filter((r) => !repairsBefore.has(repairKey(r)))
        .map((r) => ({
          kind: r.kind,
          table: r.table,
          rowId: r.id,
          rowLabel: label(r.table, r.id),
          ...(r.kind === 'restored' && r.via ? { via: { table: r.via.table, rowId: r.via.id, rowLabel: label(r.via.table, r.via.id) } } : {}),
        }));
      for (const d of deletedEdits) {
        const row = stored[d.table].get(d.rowId);
        if (d.outcome === 'restored' && row && !row.tombstone) repairs.push({ kind: 'editedAfterDelete', table: d.table, rowId: d.rowId, rowLabel: d.rowLabel });
      }
      const doubledText = doubled.map((d) => ({ chapterId: d.chapterId, chapterTitle: stored.chapters.get(d.chapterId) ? label('chapters', d.chapterId) : d.chapterId, text: d.text }));
      return { repairs, deletedEdits, offeredText: offered, doubledText };
    },
  };
}

export const hasStructureNews = (r: StructureReport): boolean => r.repairs.length + r.deletedEdits.length + r.offeredText.length + r.doubledText.length > 0;

/** Rows one side deleted and the other edited (fields, or a chapter's text); the merged plan shows whether it stayed. */
function findDeletedEdits(
  changes: Record<Side, Map<string, RowChanges>>,
  updates: Record<Side, Map<string, Uint8Array[]>>,
  offered: readonly OfferedText[],
  plans: { before: PlanData; after: PlanData; copy: PlanData },
  label: (table: TableName, id: string) => string,
): DeletedEdit[] {
  const out: DeletedEdit[] = [];
  const live = (table: TableName, id: string): boolean => rowsOf(plans.after, table).some((r) => r.id === id);
  for (const deletedIn of ['here', 'copy'] as const) {
    const editor: Side = deletedIn === 'here' ? 'copy' : 'here';
    for (const [key, change] of changes[deletedIn]) {
      if (!change.deleted) continue;
      const [table, id] = key.split('\u0000') as [TableName, string];
      const edits = (changes[editor].get(key)?.fields ?? []).map((m) => ({ column: m.column, text: valueText(parse(m.value)) }));
      if (table === 'chapters' && textEdited(updates[editor].get(id), updates[deletedIn].get(id))) {
        const body = (editor === 'copy' ? plans.copy : plans.before).chapters.find((c) => c.id === id)?.body ?? null;
        if (!offered.some((o) => o.chapterId === id)) edits.push({ column: 'body', text: richTextToPlainText(body) });
      }
      if (edits.length === 0) continue;
      out.push({ table, rowId: id, rowLabel: label(table, id), deletedIn, outcome: live(table, id) ? 'restored' : 'deleted', edits });
    }
  }
  return out.sort(compareReportRows);
}

/** Whether `mine` holds Yjs updates `theirs` lacks (by content hash: compacted updates are compared by their bytes). */
export function textEdited(mine: readonly Uint8Array[] | undefined, theirs: readonly Uint8Array[] | undefined): boolean {
  if (!mine || mine.length === 0) return false;
  const have = new Set((theirs ?? []).map((u) => Buffer.from(u).toString('base64')));
  return mine.some((u) => !have.has(Buffer.from(u).toString('base64')));
}

/** Paragraphs each side typed in that the other side deleted, per chapter, with that side's text. */
function offeredText(updates: Record<Side, Map<string, Uint8Array[]>>, stored: Rows, label: (table: TableName, id: string) => string): OfferedText[] {
  const out: OfferedText[] = [];
  for (const from of ['here', 'copy'] as const) {
    const other = from === 'here' ? 'copy' : 'here';
    for (const [chapterId, mine] of updates[from]) {
      const theirs = updates[other].get(chapterId) ?? [];
      if (!textEdited(mine, theirs) || !textEdited(theirs, mine)) continue;
      for (const text of droppedParagraphs(mine, theirs)) out.push({ chapterId, chapterTitle: stored.chapters.get(chapterId) ? label('chapters', chapterId) : chapterId, from, text });
    }
  }
  return out;
}
