// What a merge says about the versions a copy brings (issue 16): a copy whose only news is a version changes nothing
// in the plan itself, and the preview says so and names the versions instead of showing a table of zeros.
import type { MergeSummary } from '../api/calls/merge';

/** True when the merge's only news is versions: no row, chapter text, conflict, review item or repair. */
export function onlyVersions(s: MergeSummary): boolean {
  const rowsChange = Object.values(s.counts).some((c) => c.added + c.changed + c.deleted > 0);
  const more = s.chapters.length + s.conflicts.length + s.review.length + s.repairs.length + s.deletedEdits.length + s.offeredText.length + s.doubledText.length;
  return s.versions.length > 0 && !rowsChange && more === 0;
}
