// Chapters compared by id: a chapter keeps its id when it is renamed or moved, so a new title is a rename and a new
// place in the tree (another parent, or an order among the common chapters that the diff cannot keep) is a move;
// its body is compared block by block and word by word (blockDiff.ts).
import type { Chapter } from '../domain/plan';
import { childrenByParent, treeOrder } from '../domain/rowOrder';
import { blockSide, blocksChanged, diffBlocks, type BlockDiff } from './blockDiff';
import { shellOf, withContent, type PmNode } from './pmNode';
import { applyFields, fieldDiffs, type FieldDiff } from './rowChanges';
import { diffKeys } from './sequenceDiff';

export type ChapterHead = Omit<Chapter, 'body'>;
export type ChapterChange = {
  id: string;
  kind: 'added' | 'removed' | 'changed';
  before: ChapterHead | null;
  after: ChapterHead | null;
  renamed: boolean;
  moved: boolean;
  /** every field but the body that differs (title, place, status…) */
  fields: FieldDiff[];
  /** an added chapter's body is all inserted, a removed one's all deleted */
  body: BlockDiff[];
};

const headOf = ({ body: _body, ...head }: Chapter): ChapterHead => head;
const blocksOf = (c: Chapter): PmNode[] => (c.body.content ?? []) as PmNode[];

/** Changed chapters in reading order of the newer plan; a removed chapter follows the chapter it used to follow. */
export function compareChapters(before: readonly Chapter[], after: readonly Chapter[]): ChapterChange[] {
  const oldOrder = treeOrder(before);
  const newOrder = treeOrder(after);
  const old = new Map(oldOrder.map((c) => [c.id, c]));
  const moved = movedIds(oldOrder, newOrder);
  const changes = new Map<string, ChapterChange>();
  for (const c of newOrder) {
    const prev = old.get(c.id);
    if (!prev) {
      changes.set(c.id, { id: c.id, kind: 'added', before: null, after: headOf(c), renamed: false, moved: false, fields: [], body: blocksOf(c).map((node) => ({ kind: 'ins', node })) });
      continue;
    }
    const fields = fieldDiffs(prev, c, ['body']);
    const body = diffBlocks(blocksOf(prev), blocksOf(c));
    const wasMoved = moved.has(c.id) || fields.some((f) => f.field === 'parentId');
    if (fields.length > 0 || blocksChanged(body) || wasMoved || prev.body.type !== c.body.type) {
      changes.set(c.id, { id: c.id, kind: 'changed', before: headOf(prev), after: headOf(c), renamed: fields.some((f) => f.field === 'title'), moved: wasMoved, fields, body });
    }
  }
  const removed = oldOrder.filter((c) => !changes.has(c.id) && !newOrder.some((n) => n.id === c.id));
  return placeRemoved(newOrder, oldOrder, changes, removed);
}

/**
 * Chapters whose place among their siblings changed: per parent, the common siblings outside the longest common order.
 * Sub-chapters that travel with their parent are not moved themselves.
 */
function movedIds(oldOrder: readonly Chapter[], newOrder: readonly Chapter[]): Set<string> {
  const oldKids = childrenByParent(oldOrder);
  const newKids = childrenByParent(newOrder);
  const moved = new Set<string>();
  for (const [parent, kids] of newKids) {
    const before = (oldKids.get(parent) ?? []).map((c) => c.id);
    const common = new Set(before);
    const b = kids.map((c) => c.id).filter((id) => common.has(id));
    const inNew = new Set(b);
    const a = before.filter((id) => inNew.has(id));
    for (const run of diffKeys(a, b)) if (run.kind === 'ins') for (const id of b.slice(run.to, run.to + run.count)) moved.add(id);
  }
  return moved;
}

function placeRemoved(newOrder: readonly Chapter[], oldOrder: readonly Chapter[], changes: Map<string, ChapterChange>, removed: readonly Chapter[]): ChapterChange[] {
  const after = new Map<string | null, Chapter[]>();
  for (const c of removed) {
    const index = oldOrder.indexOf(c);
    const anchor = oldOrder.slice(0, index).reverse().find((p) => newOrder.some((n) => n.id === p.id));
    const key = anchor?.id ?? null;
    after.set(key, [...(after.get(key) ?? []), c]);
  }
  const removal = (c: Chapter): ChapterChange => ({ id: c.id, kind: 'removed', before: headOf(c), after: null, renamed: false, moved: false, fields: [], body: blocksOf(c).map((node) => ({ kind: 'del', node })) });
  const out: ChapterChange[] = (after.get(null) ?? []).map(removal);
  for (const c of newOrder) {
    const change = changes.get(c.id);
    if (change) out.push(change);
    out.push(...(after.get(c.id) ?? []).map(removal));
  }
  return out;
}

/** The chapters after the changes (in the order of `before`, added ones last: the tree order comes from sortKey). */
export function applyChapterChanges(before: readonly Chapter[], changes: readonly ChapterChange[]): Chapter[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const out: Chapter[] = [];
  for (const c of before) {
    const change = byId.get(c.id);
    if (!change) out.push(c);
    else if (change.kind === 'changed') out.push({ ...applyFields(c, change.fields), body: blocksChanged(change.body) ? docWith(c.body, blockSide(change.body, 'to')) : c.body });
  }
  for (const change of changes) {
    if (change.kind === 'added' && change.after) out.push({ ...change.after, body: docWith({ type: 'doc' }, blockSide(change.body, 'to')) });
  }
  return out;
}

const docWith = (body: Chapter['body'], content: PmNode[]): Chapter['body'] => withContent(shellOf(body as PmNode), content) as Chapter['body'];
