// The merge preview's count per person: a moved sentence (a deletion and an insertion sharing one suggestion id, as a
// Word move is imported) is one suggestion, as the suggestion list and `cli review` count it; a replacement (two ids)
// is two.
import { describe, expect, it } from 'vitest';
import type { Chapter, PlanData, RichText } from '../../../shared/domain/plan';
import { reviewBrought } from '../../../shared/merge/reviewBrought';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';

const PER = { authorId: 'docx:Per Olsen', authorName: 'Per Olsen', authorInitials: 'PO', authorGroup: null, date: '2026-01-12T13:00:00Z' };
const marked = (text: string, type: 'insertion' | 'deletion', id: string) => ({ type: 'text', text, marks: [{ type, attrs: { id, ...PER } }] });

function withBody(plan: PlanData, body: RichText): PlanData {
  const [first, ...rest] = plan.chapters;
  return { ...plan, chapters: [{ ...first!, body } as Chapter, ...rest] };
}

describe('reviewBrought', () => {
  it('counts a move (one id on a deletion and an insertion) once and a replacement (two ids) twice', () => {
    const before = buildSamplePlan();
    const body: RichText = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [marked('Flyttet setning.', 'deletion', 'move-1'), { type: 'text', text: ' Blir.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Hit: ' }, marked('Flyttet setning.', 'insertion', 'move-1')] },
        { type: 'paragraph', content: [marked('gammel', 'deletion', 'del-1'), marked('ny', 'insertion', 'ins-1')] },
      ],
    };
    expect(reviewBrought(before, withBody(before, body))).toEqual([{ authorId: PER.authorId, name: PER.authorName, group: null, suggestions: 3, comments: 0 }]);
  });
});
