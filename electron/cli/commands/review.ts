// `review <file.planverk> [--json]`: every open suggestion (chapter, author, date, text) and every open comment (its
// place, author, date, text), for the adviser who signs off the hearing draft; `--json` for scripts. Read-only.
import { Node as PmNode } from '@tiptap/pm/model';
import { PlanverkError } from '../../../shared/api/errors';
import { commentTargetKind, type CommentTargetTable } from '../../../shared/domain/comment';
import { commentTargetName } from '../../../shared/domain/commentTarget';
import type { PlanData } from '../../../shared/domain/plan';
import { translate } from '../../../shared/i18n';
import { planSchema, sanitizeRichText } from '../../../shared/editor';
import { listSuggestions } from '../../../shared/editor/suggestions';
import { openPlanFile } from '../../services/store';
import { parseArgs, type Command } from '../command';

/**
 * One open suggestion or comment. `place` names what it is on as the adviser knows it (a chapter's title; «Celle
 * «area × group»», «Innspill fra …», «Rad «…»» for the other targets); `targetTable`/`targetId` say it for scripts.
 */
type ReviewItem = {
  type: 'suggestion' | 'comment';
  id: string;
  place: string;
  chapterId: string | null;
  targetTable: CommentTargetTable;
  targetId: string;
  kind: string;
  /** A suggestion that is one half of a move (its other half has the same id). */
  move?: true;
  /** A suggested paragraph break (its text is ¶). */
  paragraphBreak?: true;
  author: string;
  initials: string;
  group: string | null;
  date: string | null;
  text: string;
  /** Comments on chapter text: the text they were made on. */
  quote: string | null;
};

export function reviewItems(plan: PlanData): ReviewItem[] {
  const titles = new Map(plan.chapters.map((c) => [c.id, c.title.trim() || 'uten tittel']));
  const items: ReviewItem[] = [];
  for (const chapter of plan.chapters) {
    const doc = PmNode.fromJSON(planSchema(), sanitizeRichText(chapter.body));
    for (const s of listSuggestions(doc)) {
      items.push({ type: 'suggestion', id: s.id, place: titles.get(chapter.id)!, chapterId: chapter.id, targetTable: 'chapters', targetId: chapter.id, kind: s.kind, ...(s.move ? { move: true as const } : {}), ...(s.paragraphBreak ? { paragraphBreak: true as const } : {}), author: s.authorName, initials: s.authorInitials, group: s.authorGroup, date: s.date, text: s.text, quote: null });
    }
  }
  const comments = (plan.comments ?? []).filter((c) => !(c as { tombstone?: unknown }).tombstone);
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const c of comments) {
    // A thread is open or resolved as a whole: a reply in a resolved thread is not open either.
    const root = c.parentId ? byId.get(c.parentId) : c;
    if (!root || root.resolved) continue;
    const chapterId = c.targetTable === 'chapters' ? c.targetId : null;
    const place = chapterId ? (titles.get(chapterId) ?? c.targetId) : placeName(plan, c.targetTable, c.targetId);
    items.push({
      type: 'comment',
      id: c.id,
      place,
      chapterId,
      targetTable: c.targetTable,
      targetId: c.targetId,
      kind: c.parentId ? 'reply' : 'comment',
      author: c.authorName,
      initials: c.authorInitials,
      group: c.authorGroup,
      date: c.createdAt,
      text: c.body,
      quote: root.quote || null,
    });
  }
  return items;
}

/** What a comment is on, in the words of the Kommentarer page (bokmål, as the CLI speaks). */
function placeName(plan: PlanData, table: CommentTargetTable, id: string): string {
  const name = commentTargetName(plan, table, id);
  return translate('nb', `comments.on.${commentTargetKind(table)}`, { name: name ?? translate('nb', 'comments.gone') });
}

const KIND_NAME: Record<string, string> = { insertion: 'forslag: sett inn', deletion: 'forslag: slett', comment: 'kommentar', reply: 'svar' };
const MOVE_NAME: Record<string, string> = { insertion: 'forslag: flyttet hit', deletion: 'forslag: flyttet herfra' };
/** A suggested paragraph break (a split proposed, or a join). */
const BREAK_NAME: Record<string, string> = { insertion: 'forslag: sett inn avsnittsskift', deletion: 'forslag: fjern avsnittsskift' };
const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('.') : 'uten dato');

export const reviewCommand: Command = {
  usage: 'review <fil.planverk> [--json]',
  run(args, io) {
    const { positional, options } = parseArgs(args, ['json']);
    if (!positional[0]) throw new PlanverkError('INVALID_ARGS', 'mangler filnavn');
    const file = openPlanFile(positional[0], { readOnly: true });
    let plan: PlanData;
    try {
      plan = file.readPlan();
    } finally {
      file.close();
    }
    const items = reviewItems(plan);
    if (options.has('json')) {
      io.out(JSON.stringify({ suggestions: items.filter((i) => i.type === 'suggestion'), comments: items.filter((i) => i.type === 'comment') }, null, 2));
      return 0;
    }
    const suggestions = items.filter((i) => i.type === 'suggestion');
    // A move's two halves are one suggestion (one id).
    io.out(`${new Set(suggestions.map((i) => i.id)).size} åpne forslag, ${items.length - suggestions.length} åpne kommentarer.`);
    for (const i of items) io.out(`${i.chapterId ? `«${i.place}»` : i.place} – ${(i.paragraphBreak ? BREAK_NAME : i.move ? MOVE_NAME : KIND_NAME)[i.kind] ?? i.kind} av ${i.author} (${dateOf(i.date)}): «${i.text}»`);
    return 0;
  },
};
