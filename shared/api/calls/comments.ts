// Calls for comments (issue 15 «Comments»): add, reply, edit and delete one's own, resolve and reopen, list with filters.
// The author is always the session's person; a comment's fields change only through these calls (plan.mutate refuses them).
import { z } from 'zod';
import { call, result } from '../define';
import { Id } from '../../domain/plan';
import { COMMENT_BODY_MAX, COMMENT_QUOTE_MAX, CommentPlaceKind, CommentTargetTable, type Comment, type CommentThread } from '../../domain/comment';
import type { ResolvedAnchor } from '../../editor/commentAnchors';
import type { MutateResult } from './plan';

const Body = z.string().max(COMMENT_BODY_MAX);
const Anchor = z.string().min(1).max(400);

/** Where in a chapter: ProseMirror positions of the stored text, or anchors the editor made in its own Y.Doc. */
export const CommentPlace = z.union([
  z.object({ from: z.number().int().min(0), to: z.number().int().min(0) }).strict(),
  z.object({ anchorStart: Anchor, anchorEnd: Anchor, quote: z.string().max(COMMENT_QUOTE_MAX) }).strict(),
]);

export const CommentFilter = z.object({
  authorId: Id.optional(),
  group: z.string().max(300).optional(),
  status: z.enum(['open', 'resolved', 'all']).optional(),
  chapterId: Id.optional(),
  /** Where the commented thing lives (chapters, the matrix, the hearing, the tables): the list's «Sted» filter. */
  place: CommentPlaceKind.optional(),
  targetTable: CommentTargetTable.optional(),
  targetId: Id.optional(),
});
export type CommentFilter = z.infer<typeof CommentFilter>;

/** A thread as listed: its chapter comment's place now («deleted» = tekst slettet), null for other targets. */
export type CommentThreadView = CommentThread & { anchor: ResolvedAnchor | null };
export type CommentWritten = MutateResult & { comment: Comment };

export const commentCalls = {
  'comments.add': call(z.object({ targetTable: CommentTargetTable, targetId: Id, body: Body, place: CommentPlace.optional() }), result<CommentWritten>()),
  'comments.reply': call(z.object({ parentId: Id, body: Body }), result<CommentWritten>()),
  'comments.edit': call(z.object({ id: Id, body: Body }), result<CommentWritten>()),
  'comments.delete': call(z.object({ id: Id }), result<CommentWritten>()),
  'comments.resolve': call(z.object({ id: Id }), result<CommentWritten>()),
  'comments.reopen': call(z.object({ id: Id }), result<CommentWritten>()),
  'comments.list': call(CommentFilter, result<{ threads: CommentThreadView[] }>()),
};
