// Who brings what to review: per person the suggestions in chapter text and the comments a copy (or all copies) brings.
import type { MergeSummary } from '../../../shared/api/calls/merge';
import { useT } from '../../app/i18n';
import { DataTable } from '../../components/DataTable';

export function MergeReviewPeople({ summary, testId = 'merge-review' }: { summary: MergeSummary; testId?: string }) {
  const t = useT();
  if (summary.review.length === 0) return null;
  return (
    <DataTable
      caption={t('mergeReview.caption')}
      columns={[t('mergeReview.col.person'), t('mergeReview.col.group'), t('mergeReview.col.suggestions'), t('mergeReview.col.comments')]}
      rows={summary.review.map((p) => ({ key: p.authorId, cells: [p.name, p.group ?? '', p.suggestions, p.comments] }))}
      testId={testId}
    />
  );
}
