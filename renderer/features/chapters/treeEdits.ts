// Edits of the chapter tree as FieldChange[] for one plan.mutate each (one undo step): add, rename, move up/down,
// indent/outdent, drop somewhere else, delete (tombstones of the chapter and everything under it), settings.
// Pure: they read the chapters as the cache has them and never touch the store.
import { TOMBSTONE, type Chapter, type FieldChange } from '../../../shared/domain/plan';
import { sortRows } from '../../../shared/domain/rowOrder';

export type ChapterSettingsPatch = Partial<Pick<Chapter, 'title' | 'status' | 'groupId' | 'numbered'>>;
/** Where a dragged chapter lands relative to the one it is dropped on. */
export type DropPlace = 'before' | 'inside' | 'after';
export type NewChapter = { row: Chapter; changes: FieldChange[] };

function siblingsOf(chapters: readonly Chapter[], parentId: string | null): Chapter[] {
  return sortRows(chapters.filter((c) => c.parentId === parentId));
}

const field = (id: string, column: string, value: unknown): FieldChange => ({ table: 'chapters', id, column, value });

/** The sortKeys (1, 2, 3, …) of an ordered sibling list, as changes for those whose key or parent is different. */
function placeChanges(ordered: readonly Chapter[], parentId: string | null): FieldChange[] {
  const changes: FieldChange[] = [];
  ordered.forEach((c, i) => {
    if (c.parentId !== parentId) changes.push(field(c.id, 'parentId', parentId));
    if (c.sortKey !== i + 1) changes.push(field(c.id, 'sortKey', i + 1));
  });
  return changes;
}

/** True when `id` is `ancestorId` or lies under it. */
export function isWithin(chapters: readonly Chapter[], id: string | null, ancestorId: string): boolean {
  const byId = new Map(chapters.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (let cur = id; cur && !seen.has(cur); cur = byId.get(cur)?.parentId ?? null) {
    if (cur === ancestorId) return true;
    seen.add(cur);
  }
  return false;
}

/**
 * A new chapter (or part) with every field as changes. A part always sits at the top; a chapter goes after `afterId`
 * among its siblings, or last under `parentId`.
 */
export function addChapter(
  chapters: readonly Chapter[],
  opts: { id: string; kind: Chapter['kind']; title: string; parentId?: string | null; afterId?: string | null },
): NewChapter {
  const parentId = opts.kind === 'part' ? null : (opts.parentId ?? null);
  const siblings = siblingsOf(chapters, parentId);
  const row: Chapter = {
    id: opts.id,
    sortKey: 0,
    parentId,
    kind: opts.kind,
    title: opts.title,
    numbered: opts.kind === 'chapter',
    status: 'utkast',
    groupId: null,
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
  };
  const after = opts.afterId ? siblings.findIndex((c) => c.id === opts.afterId) : -1;
  const at = after >= 0 ? after + 1 : siblings.length;
  const ordered = [...siblings.slice(0, at), row, ...siblings.slice(at)];
  row.sortKey = at + 1;
  const { id: _id, ...fields } = row;
  const changes = Object.entries(fields).map(([column, value]) => field(row.id, column, value));
  return { row, changes: [...changes, ...placeChanges(ordered, parentId).filter((c) => c.id !== row.id)] };
}

/** Alt+↑ / Alt+↓: swaps the chapter with its neighbour among its siblings. */
export function moveChapter(chapters: readonly Chapter[], id: string, step: -1 | 1): FieldChange[] {
  const chapter = chapters.find((c) => c.id === id);
  if (!chapter) return [];
  const siblings = siblingsOf(chapters, chapter.parentId);
  const i = siblings.indexOf(chapter);
  const j = i + step;
  if (j < 0 || j >= siblings.length) return [];
  const ordered = [...siblings];
  [ordered[i], ordered[j]] = [ordered[j]!, ordered[i]!];
  return placeChanges(ordered, chapter.parentId);
}

/** Tab: the chapter becomes the last sub-chapter of the sibling above it. Parts stay at the top. */
export function indentChapter(chapters: readonly Chapter[], id: string): FieldChange[] {
  const chapter = chapters.find((c) => c.id === id);
  if (!chapter || chapter.kind === 'part') return [];
  const siblings = siblingsOf(chapters, chapter.parentId);
  const above = siblings[siblings.indexOf(chapter) - 1];
  if (!above) return [];
  return placeChanges([...siblingsOf(chapters, above.id), chapter], above.id);
}

/** Shift+Tab: the chapter leaves its parent and follows it. */
export function outdentChapter(chapters: readonly Chapter[], id: string): FieldChange[] {
  const chapter = chapters.find((c) => c.id === id);
  const parent = chapter?.parentId ? chapters.find((c) => c.id === chapter.parentId) : undefined;
  if (!chapter || !parent) return [];
  const target = siblingsOf(chapters, parent.parentId).filter((c) => c.id !== id);
  target.splice(target.indexOf(parent) + 1, 0, chapter);
  return placeChanges(target, parent.parentId);
}

/** Drag and drop: before/after a chapter among its siblings, or inside it as its last sub-chapter. */
export function dropChapter(chapters: readonly Chapter[], id: string, targetId: string, place: DropPlace): FieldChange[] {
  const chapter = chapters.find((c) => c.id === id);
  const target = chapters.find((c) => c.id === targetId);
  // A chapter cannot go into itself or its own sub-chapters, and parts only sit at the top.
  if (!chapter || !target || isWithin(chapters, targetId, id)) return [];
  const parentId = place === 'inside' ? target.id : target.parentId;
  if (chapter.kind === 'part' && parentId !== null) return [];
  const siblings = siblingsOf(chapters, parentId).filter((c) => c.id !== id);
  const at = place === 'inside' ? siblings.length : siblings.indexOf(target) + (place === 'after' ? 1 : 0);
  siblings.splice(at, 0, chapter);
  return placeChanges(siblings, parentId);
}

/** Deleting a chapter deletes its sub-chapters too (tombstones; plan.undo brings them all back). */
export function deleteChapter(chapters: readonly Chapter[], id: string): FieldChange[] {
  return chapters.filter((c) => isWithin(chapters, c.id, id)).map((c) => field(c.id, TOMBSTONE, true));
}

/** Only the settings that differ from the chapter's current ones. */
export function updateChapter(chapter: Chapter, patch: ChapterSettingsPatch): FieldChange[] {
  return (Object.entries(patch) as [keyof ChapterSettingsPatch, unknown][])
    .filter(([column, value]) => value !== undefined && chapter[column] !== value)
    .map(([column, value]) => field(chapter.id, column, value));
}
