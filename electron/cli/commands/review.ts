// `review <file.planverk> [--json]`: every open suggestion (chapter, author, date, text) and every open comment (its
// place, author, date, text), for the adviser who signs off the hearing draft; `--json` for scripts. Read-only.
import { Node as PmNode } from '@tiptap/pm/model';
import { PlanverkError } from '../../../shared/api/errors';
import type { PlanData } from '../../../shared/domain/plan';
import { planSchema, sanitizeRichText } from '../../../shared/editor';
import { listSuggestions } from '../../../shared/editor/suggestions';
import { openPlanFile } from '../../services/store';
import { parseArgs, type Command } from '../command';

type ReviewItem = { type: 'suggestion' | 'comment'; place: string; chapterId: string | null; kind: string; author: string; initials: string; group: string | null; date: string | null; text: string };

export function reviewItems(plan: PlanData): ReviewItem[] {
  const titles = new Map(plan.chapters.map((c) => [c.id, c.title.trim() || 'uten tittel']));
  const items: ReviewItem[] = [];
  for (const chapter of plan.chapters) {
    const doc = PmNode.fromJSON(planSchema(), sanitizeRichText(chapter.body));
    for (const s of listSuggestions(doc)) {
      items.push({ type: 'suggestion', place: titles.get(chapter.id)!, chapterId: chapter.id, kind: s.kind, author: s.authorName, initials: s.authorInitials, group: s.authorGroup, date: s.date, text: s.text });
    }
  }
  for (const c of plan.comments ?? []) {
    if (c.resolved || (c as { tombstone?: unknown }).tombstone) continue;
    const chapterId = c.targetTable === 'chapters' ? c.targetId : null;
    const place = chapterId ? (titles.get(chapterId) ?? c.targetId) : `${c.targetTable} ${c.targetId}`;
    items.push({ type: 'comment', place, chapterId, kind: c.parentId ? 'reply' : 'comment', author: c.authorName, initials: c.authorInitials, group: c.authorGroup, date: c.createdAt, text: c.body });
  }
  return items;
}

const KIND_NAME: Record<string, string> = { insertion: 'forslag: sett inn', deletion: 'forslag: slett', comment: 'kommentar', reply: 'svar' };
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
    const suggestions = items.filter((i) => i.type === 'suggestion').length;
    io.out(`${suggestions} åpne forslag, ${items.length - suggestions} åpne kommentarer.`);
    for (const i of items) io.out(`«${i.place}» – ${KIND_NAME[i.kind] ?? i.kind} av ${i.author} (${dateOf(i.date)}): «${i.text}»`);
    return 0;
  },
};
