// Reading back what a Word import wrote: each chapter's open suggestions and each comment with the text it is on.
import { Node as PmNode } from '@tiptap/pm/model';
import { commentThreads } from '../../../shared/domain/comment';
import { planSchema, yDocFromUpdates } from '../../../shared/editor';
import { resolveCommentAnchors } from '../../../shared/editor/commentAnchors';
import { EditorState } from '@tiptap/pm/state';
import { decideSuggestions, listSuggestions, type Decision, type SuggestionFilter } from '../../../shared/editor/suggestions';
import { writeFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import type { Malform } from '../../../shared/domain/plan';
import { seededIds } from '../../../shared/domain/ids';
import { importDocxFile } from '../../../electron/services/import/importDocx';
import { createPlanFile, type PlanFile } from '../../../electron/services/store';
import { tempDir } from '../store/helpers';

export type ImportedSuggestion = { chapter: string; kind: string; text: string; authorName: string; authorId: string; authorInitials: string; date: string | null; id: string };
export type ImportedComment = { chapter: string; body: string; authorName: string; authorInitials: string; createdAt: string; quote: string; onText: string | null; anchor: string | null; reply: boolean; resolved: boolean; parentBody: string | null };

/**
 * Word imports into fresh empty plans, each in a temp folder of its own; folders and plans opened through it are
 * closed and removed after each test (it registers the afterEach).
 */
export function wordImports(prefix: string) {
  let folders: ReturnType<typeof tempDir>[] = [];
  let files: PlanFile[] = [];
  afterEach(() => {
    files.forEach((f) => f.close());
    folders.forEach((t) => t.cleanup());
    files = [];
    folders = [];
  });
  const folder = () => {
    const tmp = tempDir(prefix);
    folders.push(tmp);
    return tmp;
  };
  return {
    folder,
    /** Imports `docx`, saved as `name`, into a new empty plan (`malform`: its målform), left open for the test to read. */
    async importBuffer(docx: Buffer, name = 'kopi.docx', malform: Malform = 'nb') {
      const tmp = folder();
      writeFileSync(tmp.file(name), docx);
      const plan = emptyPlan(seededIds('p'));
      plan.plan.malform = malform;
      const file = createPlanFile(tmp.file('plan.planverk'), plan);
      files.push(file);
      return { result: await importDocxFile(file, tmp.file(name), seededIds('imp'), () => new Date('2026-12-07T08:00:00Z')), file };
    },
  };
}

export function importedSuggestions(file: PlanFile): ImportedSuggestion[] {
  return file.readPlan().chapters.flatMap((c) =>
    listSuggestions(PmNode.fromJSON(planSchema(), c.body)).map((s) => ({
      chapter: c.title,
      kind: s.kind,
      text: s.text,
      authorName: s.authorName,
      authorId: s.authorId,
      authorInitials: s.authorInitials,
      date: s.date,
      id: s.id,
    })),
  );
}

/**
 * Thread by thread, earliest first. `onText`: the text the comment's anchors cover in the chapter as it is now (null:
 * «tekst slettet», none or a reply); `anchor`: the root's anchor state (ok, deleted, none), null for a reply.
 */
export function importedComments(file: PlanFile): ImportedComment[] {
  const plan = file.readPlan();
  // Thread by thread (a reply may carry the same second as its root: Word's dates have no milliseconds).
  return commentThreads(plan.comments).flatMap((t) => [t.root, ...t.replies]).map((c) => {
    const chapter = plan.chapters.find((ch) => ch.id === c.targetId)!;
    const anchor = c.parentId === null ? resolveCommentAnchors(yDocFromUpdates([file.chapterState(chapter.id)]), [c]).get(c.id) : undefined;
    const pm = PmNode.fromJSON(planSchema(), chapter.body);
    return {
      chapter: chapter.title,
      body: c.body,
      authorName: c.authorName,
      authorInitials: c.authorInitials,
      createdAt: c.createdAt,
      quote: c.quote,
      onText: anchor?.state === 'ok' ? pm.textBetween(anchor.from, anchor.to, '\n', ' ') : null,
      anchor: anchor?.state ?? null,
      reply: c.parentId !== null,
      resolved: c.resolved,
      parentBody: c.parentId ? (plan.comments.find((p) => p.id === c.parentId)?.body ?? null) : null,
    };
  });
}

/**
 * The body's top-level blocks after accepting or rejecting every suggestion (or those `filter` picks), as «type: text» (a list item's text after
 * «• », a table cell's after «| »): what the adviser is left with.
 */
export function decidedBlocks(body: unknown, decision: Decision, filter: SuggestionFilter = {}): string[] {
  const state = EditorState.create({ doc: PmNode.fromJSON(planSchema(), body) });
  const tr = state.tr;
  decideSuggestions(tr, decision, filter);
  const blocks: string[] = [];
  tr.doc.forEach((block) => {
    let text = '';
    block.descendants((n) => {
      if (n.type.name === 'listItem') text += ' • ';
      else if (n.type.name === 'tableCell' || n.type.name === 'tableHeader') text += ' | ';
      else if (n.isText) text += n.text;
      return true;
    });
    blocks.push(`${block.type.name}: ${text.trim()}`);
  });
  return blocks;
}
