// Comments on the plan (issue 15): one logged row per comment or reply, so copies merge them by union like any row.
// A chapter comment is anchored in the chapter's Yjs document (shared/editor/commentAnchors.ts); the other targets
// are rows (a matrix cell, an area, a table row, a hearing input). Deleting is a tombstone: nothing is ever removed.
import { z } from 'zod';

const Id = z.string().min(1).max(80);
const IsoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ssZ');
/** An encoded Yjs relative position (Y.encodeRelativePosition), as base64. */
const Anchor = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(400);

/** The tables a comment can be on; `cells` is a matrix cell (id = cellId(area, group), whether or not the cell has a level). */
export const COMMENT_TARGET_TABLES = ['chapters', 'cells', 'areas', 'inputs', 'milestones', 'orgRoles', 'laws', 'documents', 'measures', 'hearingParties'] as const;
export const CommentTargetTable = z.enum(COMMENT_TARGET_TABLES);
export type CommentTargetTable = z.infer<typeof CommentTargetTable>;

/** What the comment is on, as the UI groups them: the Tabeller page's tables are all «row». */
export type CommentTargetKind = 'chapter' | 'cell' | 'area' | 'input' | 'row';
export function commentTargetKind(table: CommentTargetTable): CommentTargetKind {
  if (table === 'chapters') return 'chapter';
  if (table === 'cells') return 'cell';
  if (table === 'areas') return 'area';
  if (table === 'inputs') return 'input';
  return 'row';
}

/**
 * Where in the app a comment's target lives, for the plan-wide list's «Sted» filter: a chapter's text, the
 * responsibility matrix (cells and areas), the Høring page (inputs, hearing parties) or the Tabeller page's tables.
 */
export const COMMENT_PLACES = ['chapters', 'matrix', 'hearing', 'tables'] as const;
export const CommentPlaceKind = z.enum(COMMENT_PLACES);
export type CommentPlaceKind = z.infer<typeof CommentPlaceKind>;
export function commentPlaceOf(table: CommentTargetTable): CommentPlaceKind {
  if (table === 'chapters') return 'chapters';
  if (table === 'cells' || table === 'areas') return 'matrix';
  if (table === 'inputs' || table === 'hearingParties') return 'hearing';
  return 'tables';
}

export const COMMENT_BODY_MAX = 20_000;
export const COMMENT_QUOTE_MAX = 2_000;

export const Comment = z.object({
  id: Id,
  /** null: the thread's first comment; a reply points at the thread's first comment (flat threads, as in Word). */
  parentId: Id.nullable(),
  targetTable: CommentTargetTable,
  targetId: Id,
  /** Chapter comments only: where the commented text starts and ends in the chapter's Yjs document. */
  anchorStart: Anchor.nullable(),
  anchorEnd: Anchor.nullable(),
  /** The commented text when the comment was made, shown when that text has since been deleted. */
  quote: z.string().max(COMMENT_QUOTE_MAX),
  body: z.string().max(COMMENT_BODY_MAX),
  authorId: Id,
  authorName: z.string().max(200),
  authorInitials: z.string().max(20),
  authorGroup: z.string().max(300).nullable(),
  createdAt: IsoDateTime,
  editedAt: IsoDateTime.nullable(),
  resolved: z.boolean(),
  resolvedAt: IsoDateTime.nullable(),
  resolvedBy: z.string().max(200).nullable(),
});
export type Comment = z.infer<typeof Comment>;

/** Comment rows with their place in a thread: the root and its replies in the order they were written. */
export type CommentThread = { root: Comment; replies: Comment[] };

/** Earliest first, ties by id, so every copy lists a thread the same way. */
export const compareCommentTimes = (a: Comment, b: Comment): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The live comments as threads. A deleted root is not among them (reading drops tombstones), so its replies stay
 * together as a thread led by the earliest reply: deleting one's own comment never hides another's reply.
 */
export function commentThreads(comments: readonly Comment[]): CommentThread[] {
  const roots = new Map<string, Comment[]>();
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const c of [...comments].sort(compareCommentTimes)) {
    const rootId = c.parentId !== null && byId.has(c.parentId) ? c.parentId : c.parentId === null ? c.id : `orphan:${c.parentId}`;
    const list = roots.get(rootId) ?? [];
    list.push(c);
    roots.set(rootId, list);
  }
  const threads: CommentThread[] = [];
  for (const [rootId, list] of roots) {
    const root = byId.get(rootId) ?? list[0]!;
    threads.push({ root, replies: list.filter((c) => c !== root) });
  }
  return threads.sort((a, b) => compareCommentTimes(a.root, b.root));
}
