// A hearing input linked to a change made after the hearing (issue 16 «Endringer etter høring»): «this input made us
// change chapter 3.2 / this measure / this cell». A link is a logged row of its own, not a list on the input, so two
// copies linking different changes to one input both keep theirs; the same pair linked in two copies is one link when
// read (`uniqueLinks`). The target is a row of the plan by table and id, and may be a row removed since the hearing
// (the removal is the change), so the target is never checked against the live plan.
import { z } from 'zod';

const Id = z.string().min(1).max(80);

/** What a change can be: the frame, a chapter, a row of the matrix or of a structured table. */
export const CHANGE_TARGET_TABLES = ['plan', 'chapters', 'groups', 'themes', 'areas', 'cells', 'milestones', 'orgRoles', 'laws', 'documents', 'measures', 'hearingParties'] as const;
export const ChangeTargetTable = z.enum(CHANGE_TARGET_TABLES);
export type ChangeTargetTable = z.infer<typeof ChangeTargetTable>;

export const InputChange = z.object({
  id: Id,
  /** The hearing input that caused the change. */
  inputId: Id,
  targetTable: ChangeTargetTable,
  /** The changed row's id (a cell's cellId, the frame's id). */
  targetId: Id,
});
export type InputChange = z.infer<typeof InputChange>;

export type ChangeTarget = { table: ChangeTargetTable; id: string };
export const targetKey = (t: { table?: string; targetTable?: string; id?: string; targetId?: string }): string => `${t.targetTable ?? t.table}:${t.targetId ?? t.id}`;
const pairKey = (l: InputChange): string => `${l.inputId}\u0000${targetKey(l)}`;

/** One link per (input, target), the smallest id kept, so every copy reads the same links whatever the merge order. */
export function uniqueLinks(links: readonly InputChange[]): InputChange[] {
  const byPair = new Map<string, InputChange>();
  for (const l of links) {
    const seen = byPair.get(pairKey(l));
    if (!seen || l.id < seen.id) byPair.set(pairKey(l), l);
  }
  return [...byPair.values()].sort((a, b) => (pairKey(a) < pairKey(b) ? -1 : pairKey(a) > pairKey(b) ? 1 : 0));
}

/** Every live row linking `inputId` to `target` (unlinking tombstones them all: two copies may have made the same link). */
export const linksOf = (links: readonly InputChange[], inputId: string, target: ChangeTarget): InputChange[] =>
  links.filter((l) => l.inputId === inputId && l.targetTable === target.table && l.targetId === target.id);

/** The field changes that link an input to a change (a new row `id`), or, when linked, that unlink it (every row of the pair). */
export function toggleLinkChanges(links: readonly InputChange[], inputId: string, target: ChangeTarget, id: string): { table: 'inputChanges'; id: string; column: string; value: unknown }[] {
  const existing = linksOf(links, inputId, target);
  if (existing.length > 0) return existing.map((l) => ({ table: 'inputChanges' as const, id: l.id, column: 'tombstone', value: true }));
  return [
    { table: 'inputChanges', id, column: 'inputId', value: inputId },
    { table: 'inputChanges', id, column: 'targetTable', value: target.table },
    { table: 'inputChanges', id, column: 'targetId', value: target.id },
  ];
}
