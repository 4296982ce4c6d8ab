// What the export «med kommentarer og forslag» draws besides the text: the plan's comment threads, each chapter
// comment with its range resolved in the chapter's Yjs document (the suggestions travel in the chapter bodies).
// A comment whose text is gone, or that is on something other than chapter text, comes without a range.
import type { ReviewComment, ReviewSource } from '../../../shared/document/build/reviewContent';
import { commentThreads, type Comment } from '../../../shared/domain/comment';
import type { PlanData } from '../../../shared/domain/plan';
import { resolveCommentAnchors, type ResolvedAnchor } from '../../../shared/editor/commentAnchors';
import { yDocFromUpdates } from '../../../shared/editor/yjs';
import type { PlanFile } from '../store';

export function readReviewSource(file: Pick<PlanFile, 'chapterState'>, plan: PlanData): ReviewSource {
  const threads = commentThreads(plan.comments ?? []);
  const chapterIds = new Set(plan.chapters.map((c) => c.id));
  const ranges = new Map<string, ResolvedAnchor>();
  const onChapter = new Map<string, Comment[]>();
  for (const { root } of threads) {
    if (root.targetTable !== 'chapters' || !chapterIds.has(root.targetId)) continue;
    onChapter.set(root.targetId, [...(onChapter.get(root.targetId) ?? []), root]);
  }
  for (const [chapterId, roots] of onChapter) {
    const doc = yDocFromUpdates([file.chapterState(chapterId)]);
    for (const [id, anchor] of resolveCommentAnchors(doc, roots)) ranges.set(id, anchor);
  }
  const comments: ReviewComment[] = [];
  for (const { root, replies } of threads) {
    const anchor = ranges.get(root.id);
    const chapterId = root.targetTable === 'chapters' && chapterIds.has(root.targetId) ? root.targetId : null;
    const range = anchor?.state === 'ok' ? { from: anchor.from, to: anchor.to } : null;
    comments.push(reviewComment(root, null, chapterId, range, root.resolved));
    for (const r of replies) comments.push(reviewComment(r, root.id, chapterId, null, root.resolved));
  }
  return { comments };
}

function reviewComment(c: Comment, parentId: string | null, chapterId: string | null, range: ReviewComment['range'], resolved: boolean): ReviewComment {
  return { id: c.id, parentId, chapterId, range, author: c.authorName, initials: c.authorInitials, date: c.createdAt, text: c.body, resolved };
}
