// Comments on the open plan (issue 15): every action is one plan mutation (logged fields, one undo step), written as
// the session's person. Anyone may reply, resolve and reopen; only the author may edit or delete a comment.
import { Node as PmNode } from '@tiptap/pm/model';
import type { CommentFilter, CommentThreadView, CommentWritten } from '../../../shared/api/calls/comments';
import { PlanverkError, type ErrorCode, type ErrorSentenceKey } from '../../../shared/api/errors';
import { commentPlaceOf, commentThreads, COMMENT_QUOTE_MAX, type Comment, type CommentTargetTable } from '../../../shared/domain/comment';
import { randomId, type IdSource } from '../../../shared/domain/ids';
import { cellId, TOMBSTONE, type FieldChange, type PlanData } from '../../../shared/domain/plan';
import type { Person } from '../../../shared/domain/person';
import { anchorRange, resolveCommentAnchors, type ResolvedAnchor } from '../../../shared/editor/commentAnchors';
import { planSchema, yDocFromUpdates, yStateToRichText } from '../../../shared/editor';
import type { PlanFile } from '../store';

export type CommentClock = { now: () => Date; newId: IdSource };
const systemClock: CommentClock = { now: () => new Date(), newId: randomId };

export type CommentPlace = { from: number; to: number } | { anchorStart: string; anchorEnd: string; quote: string };
export type NewComment = { targetTable: CommentTargetTable; targetId: string; body: string; place?: CommentPlace | undefined };

const refuse = (code: ErrorCode, key: ErrorSentenceKey, detail?: string): PlanverkError => new PlanverkError(code, detail, { key });

export function createCommentService(file: PlanFile, clock: CommentClock = systemClock) {
  const person = (): Person => file.currentAuthor ?? throwIt(refuse('INVALID_ARGS', 'commentNoPerson'));
  const stamp = (): string => clock.now().toISOString();

  /** One mutation (one undo step) of the fields that change; `base` is the comment as it was (none when new). */
  const write = (id: string, fields: Partial<Comment>, base?: Comment): CommentWritten => {
    const changes: FieldChange[] = Object.entries(fields).map(([column, value]) => ({ table: 'comments', id, column, value }));
    const saved = file.mutate(changes);
    return { ...saved, comment: { ...base, ...fields, id } as Comment };
  };

  const existing = (id: string): Comment => liveComment(file.readPlan(), id) ?? throwIt(refuse('NOT_FOUND', 'commentMissing', id));
  const rootOf = (c: Comment): Comment => (c.parentId === null ? c : (liveComment(file.readPlan(), c.parentId) ?? c));
  const text = (body: string): string => {
    const trimmed = body.trim();
    if (!trimmed) throw refuse('INVALID_ARGS', 'commentEmpty');
    return trimmed;
  };
  const authored = (): Pick<Comment, 'authorId' | 'authorName' | 'authorInitials' | 'authorGroup' | 'createdAt' | 'editedAt' | 'resolved' | 'resolvedAt' | 'resolvedBy'> => {
    const p = person();
    return { authorId: p.id, authorName: p.name, authorInitials: p.initials, authorGroup: p.group, createdAt: stamp(), editedAt: null, resolved: false, resolvedAt: null, resolvedBy: null };
  };

  return {
    add(args: NewComment): CommentWritten {
      const body = text(args.body);
      const plan = file.readPlan();
      if (!targetExists(plan, args.targetTable, args.targetId)) throw refuse('NOT_FOUND', 'commentTargetMissing', `${args.targetTable}.${args.targetId}`);
      const anchor = args.targetTable === 'chapters' ? chapterAnchor(file, args.targetId, args.place) : { anchorStart: null, anchorEnd: null, quote: '' };
      if (args.targetTable !== 'chapters' && args.place) throw refuse('INVALID_ARGS', 'commentNotChapter');
      const meta = authored();
      return write(clock.newId(), { parentId: null, targetTable: args.targetTable, targetId: args.targetId, ...anchor, body, ...meta });
    },
    reply(parentId: string, body: string): CommentWritten {
      const written = text(body);
      const root = rootOf(existing(parentId));
      const meta = authored();
      return write(clock.newId(), { parentId: root.id, targetTable: root.targetTable, targetId: root.targetId, anchorStart: null, anchorEnd: null, quote: '', body: written, ...meta });
    },
    edit(id: string, body: string): CommentWritten {
      const c = existing(id);
      if (c.authorId !== person().id) throw refuse('INVALID_ARGS', 'commentNotOwnEdit', id);
      return write(id, { body: text(body), editedAt: stamp() }, c);
    },
    remove(id: string): CommentWritten {
      const c = existing(id);
      if (c.authorId !== person().id) throw refuse('INVALID_ARGS', 'commentNotOwnDelete', id);
      const saved = file.mutate([{ table: 'comments', id, column: TOMBSTONE, value: true }]);
      return { ...saved, comment: c };
    },
    resolve(id: string): CommentWritten {
      const root = rootOf(existing(id));
      return write(root.id, { resolved: true, resolvedAt: stamp(), resolvedBy: person().name }, root);
    },
    reopen(id: string): CommentWritten {
      const root = rootOf(existing(id));
      return write(root.id, { resolved: false, resolvedAt: null, resolvedBy: null }, root);
    },
    list(filter: CommentFilter): CommentThreadView[] {
      return listThreads(file, file.readPlan().comments, filter);
    },
  };
}

function throwIt(err: Error): never {
  throw err;
}

function liveComment(plan: PlanData, id: string): Comment | undefined {
  return plan.comments.find((c) => c.id === id);
}

function targetExists(plan: PlanData, table: CommentTargetTable, id: string): boolean {
  if (table === 'cells') {
    const cell = plan.cells.find((c) => c.id === id);
    if (cell) return true;
    // A cell without a level has no row yet: its id names a live area and group.
    return plan.areas.some((a) => plan.groups.some((g) => cellId(a.id, g.id) === id));
  }
  return (plan[table] as readonly { id: string }[]).some((row) => row.id === id);
}

/** The anchors of a new chapter comment: the editor's own (made in its Y.Doc), or computed here from positions. */
function chapterAnchor(file: PlanFile, chapterId: string, place: CommentPlace | undefined): { anchorStart: string; anchorEnd: string; quote: string } {
  if (!place) throw refuse('INVALID_ARGS', 'commentNoRange');
  if ('anchorStart' in place) return { ...place, quote: place.quote.slice(0, COMMENT_QUOTE_MAX) };
  const doc = yDocFromUpdates([file.chapterState(chapterId)]);
  const pm = PmNode.fromJSON(planSchema(), yStateToRichText(doc));
  if (place.from >= place.to || place.to > pm.content.size) throw refuse('INVALID_ARGS', 'commentNoRange', `${place.from}..${place.to}`);
  const quote = pm.textBetween(place.from, place.to, '\n', ' ').slice(0, COMMENT_QUOTE_MAX);
  if (!quote.trim()) throw refuse('INVALID_ARGS', 'commentNoRange');
  return { ...anchorRange(doc, place.from, place.to), quote };
}

/** Threads that match the filter (a thread matches when any of its comments is by the author or group asked for). */
export function listThreads(file: Pick<PlanFile, 'chapterState'>, comments: readonly Comment[], filter: CommentFilter): CommentThreadView[] {
  const threads = commentThreads(comments).filter((t) => {
    const all = [t.root, ...t.replies];
    if (filter.authorId !== undefined && !all.some((c) => c.authorId === filter.authorId)) return false;
    if (filter.group !== undefined && !all.some((c) => c.authorGroup === filter.group)) return false;
    if (filter.status === 'open' && t.root.resolved) return false;
    if (filter.status === 'resolved' && !t.root.resolved) return false;
    if (filter.chapterId !== undefined && !(t.root.targetTable === 'chapters' && t.root.targetId === filter.chapterId)) return false;
    if (filter.place !== undefined && commentPlaceOf(t.root.targetTable) !== filter.place) return false;
    if (filter.targetTable !== undefined && t.root.targetTable !== filter.targetTable) return false;
    if (filter.targetId !== undefined && t.root.targetId !== filter.targetId) return false;
    return true;
  });
  const byChapter = new Map<string, Comment[]>();
  for (const t of threads) if (t.root.targetTable === 'chapters') byChapter.set(t.root.targetId, [...(byChapter.get(t.root.targetId) ?? []), t.root]);
  const anchors = new Map<string, ResolvedAnchor>();
  for (const [chapterId, roots] of byChapter) {
    for (const [id, a] of resolveCommentAnchors(yDocFromUpdates([file.chapterState(chapterId)]), roots)) anchors.set(id, a);
  }
  return threads.map((t) => ({ ...t, anchor: t.root.targetTable === 'chapters' ? (anchors.get(t.root.id) ?? { state: 'deleted' }) : null }));
}
