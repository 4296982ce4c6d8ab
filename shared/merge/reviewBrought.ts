// What a merge brings for review, per person: open suggestions in chapter text (insertion/deletion marks) and comments
// (replies included) that the plan did not show before. Read from the plan as shown before and after the merge, so the
// preview and the merge report count the same way whatever the copy's log holds.
import { Node as PmNode } from '@tiptap/pm/model';
import type { PersonReview } from '../api/calls/merge';
import type { PlanData } from '../domain/plan';
import { compareIds } from '../domain/rowOrder';
import { planSchema } from '../editor/extensions';
import { listSuggestions } from '../editor/suggestions';

type Person = Pick<PersonReview, 'authorId' | 'name' | 'group'>;

/** Every open suggestion of the plan's chapters as «chapter:kind:id» (a move's two halves as one), with its author. */
function suggestionsOf(plan: PlanData, only?: ReadonlySet<string>): Map<string, Person> {
  const out = new Map<string, Person>();
  const schema = planSchema();
  for (const chapter of plan.chapters) {
    if (only && !only.has(chapter.id)) continue;
    for (const s of listSuggestions(PmNode.fromJSON(schema, chapter.body))) {
      out.set(`${chapter.id}:${s.move ? 'move' : s.kind}:${s.id}`, { authorId: s.authorId, name: s.authorName, group: s.authorGroup });
    }
  }
  return out;
}

/** Chapters whose body reads differently after (new ones included): only they can bring suggestions. */
function changedBodies(before: PlanData, after: PlanData): Set<string> {
  const old = new Map(before.chapters.map((c) => [c.id, JSON.stringify(c.body)]));
  return new Set(after.chapters.filter((c) => old.get(c.id) !== JSON.stringify(c.body)).map((c) => c.id));
}

/**
 * Per person, how many suggestions and comments the plan shows after the merge that it did not show before, sorted by
 * name as a Norwegian reads it (then by id, so two persons of one name list alike in every merge order).
 */
export function reviewBrought(before: PlanData, after: PlanData): PersonReview[] {
  const people = new Map<string, PersonReview>();
  const count = (p: Person, kind: 'suggestions' | 'comments') => {
    const entry = people.get(p.authorId) ?? { ...p, suggestions: 0, comments: 0 };
    entry[kind]++;
    people.set(p.authorId, entry);
  };
  const changed = changedBodies(before, after);
  const had = suggestionsOf(before, changed);
  for (const [key, person] of suggestionsOf(after, changed)) if (!had.has(key)) count(person, 'suggestions');
  const known = new Set(before.comments.map((c) => c.id));
  for (const c of after.comments) if (!known.has(c.id)) count({ authorId: c.authorId, name: c.authorName, group: c.authorGroup }, 'comments');
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb') || compareIds(a.authorId, b.authorId));
}
