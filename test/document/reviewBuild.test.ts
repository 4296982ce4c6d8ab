// The builder with review content: a part holds only the comments on the chapters it draws (replies go with their
// thread, numbered in the order given), comments on other things only in the whole plan, and a suggestion both
// proposed and struck shows as the deletion.
import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../shared/document/build/reviewContent';
import { buildDocument } from '../../shared/document/builder';
import { fixturePlan } from './fixtures';

const plan = fixturePlan();
const groupChapter = plan.chapters.find((c) => c.groupId !== null)!;
const otherChapter = plan.chapters.find((c) => c.kind === 'chapter' && c.groupId === null)!;
const base = { author: 'Kari Ødegård', initials: 'KØ', date: '2025-03-01T09:30:00Z', resolved: false, range: null };
const comments: ReviewComment[] = [
  { ...base, id: 'c-a', parentId: null, chapterId: groupChapter.id, text: 'På gruppens kapittel' },
  { ...base, id: 'c-b', parentId: null, chapterId: otherChapter.id, text: 'På et annet kapittel' },
  { ...base, id: 'c-c', parentId: 'c-a', chapterId: groupChapter.id, text: 'Svar' },
  { ...base, id: 'c-d', parentId: null, chapterId: null, text: 'På en matrisecelle' },
];

describe('builder with review content', () => {
  it('keeps the comments of the drawn chapters, replies with their thread, others only in the whole plan', () => {
    const whole = buildDocument(plan, { part: 'plan', watermark: 'none', review: { comments } });
    expect(whole.comments?.map((c) => [c.id, c.parentId, c.text])).toEqual([
      [1, null, 'På gruppens kapittel'],
      [2, null, 'På et annet kapittel'],
      [3, 1, 'Svar'],
      [4, null, 'På en matrisecelle'],
    ]);
    const group = buildDocument(plan, { part: { group: groupChapter.groupId! }, watermark: 'none', review: { comments } });
    expect(group.comments?.map((c) => c.text)).toEqual(['På gruppens kapittel', 'Svar']);
    expect(buildDocument(plan, { part: 'plan', watermark: 'none' }).comments).toBeUndefined();
  });
});
