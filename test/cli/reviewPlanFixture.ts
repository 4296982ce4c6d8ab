// A sample plan whose first chapter holds two open suggestions (Kari proposes «ikke », Ola strikes «sterk ») and a
// comment thread on «planlegge for» (Kari asks, Ola answers and resolves): the export and import tests of issue 15.
import { createCommentService } from '../../electron/services/comments/commentService';
import { openPlanFile } from '../../electron/services/store';
import { diffToYUpdate, yDocFromUpdates } from '../../shared/editor/yjs';
import { runCliText } from './capture';

export const KARI = { authorId: 'p-kari', authorName: 'Kari Ødegård', authorInitials: 'KØ', authorGroup: 'Gruppe 2', date: '2025-03-01T09:30:00.000Z' };
export const OLA = { authorId: 'p-ola', authorName: 'Ola Åsen', authorInitials: 'OÅ', authorGroup: null, date: '2025-03-02T14:00:00.000Z' };
export const REVIEW_THREAD = { question: 'Hvorfor ikke?', answer: 'Fordi budsjettet er stramt.', quote: 'planlegge for' };

/** Makes the plan at `planPath`; returns the id of the chapter with the suggestions and the comment. */
export async function makeReviewPlan(planPath: string): Promise<string> {
  const made = await runCliText('new', planPath, '--sample');
  if (made.code !== 0) throw new Error(made.err);
  let chapterId: string;
  const file = openPlanFile(planPath);
  try {
    const chapter = file.readPlan().chapters.find((c) => c.kind === 'chapter')!;
    chapterId = chapter.id;
    const text = (t: string, mark?: { type: 'insertion' | 'deletion'; attrs: Record<string, unknown> }) => ({ type: 'text', text: t, ...(mark ? { marks: [mark] } : {}) });
    const sentence = [
      text('Kommunen skal '),
      text('ikke ', { type: 'insertion', attrs: { id: 's1', ...KARI } }),
      text('planlegge for '),
      text('sterk ', { type: 'deletion', attrs: { id: 's2', ...OLA } }),
      text('vekst i tjenestene.'),
    ];
    const body = { type: 'doc', content: [{ type: 'paragraph', content: sentence }] };
    const update = diffToYUpdate(yDocFromUpdates([file.chapterState(chapter.id)]), body);
    if (!update) throw new Error('the body did not change');
    file.appendChapterUpdate(chapter.id, update);
  } finally {
    file.close();
  }
  // Kari comments on «planlegge for» (ProseMirror positions 20–33), Ola answers and resolves the thread.
  const asKari = openPlanFile(planPath, { author: { id: KARI.authorId, name: KARI.authorName, initials: KARI.authorInitials, group: null } });
  let rootId: string;
  try {
    rootId = createCommentService(asKari).add({ targetTable: 'chapters', targetId: chapterId, body: REVIEW_THREAD.question, place: { from: 20, to: 33 } }).comment.id;
  } finally {
    asKari.close();
  }
  const asOla = openPlanFile(planPath, { author: { id: OLA.authorId, name: OLA.authorName, initials: OLA.authorInitials, group: null } });
  try {
    const service = createCommentService(asOla);
    service.reply(rootId, REVIEW_THREAD.answer);
    service.resolve(rootId);
  } finally {
    asOla.close();
  }
  return chapterId;
}
