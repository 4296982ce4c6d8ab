// What a comment is on, named as the adviser knows it: a chapter's title, an area's name, «area × group» for a matrix
// cell, an input's sender, a table row's label. null when the row is gone (deleted since), so the UI can say so and
// still show the comment: a comment is never hidden because its target went away.
import { groupLabel } from '../matrix/labels';
import type { Comment, CommentTargetTable } from './comment';
import { cellId } from './plan';
import type { PlanContent } from './planView';
import { rowLabelOf } from './rowLabel';

export type CommentTargetPlan = Pick<PlanContent, CommentTargetTable | 'groups'>;

/** The matrix cell a cell id names (whether or not it has a level): its area and group, or null. */
export function cellOf(plan: Pick<PlanContent, 'areas' | 'groups'>, id: string): { area: PlanContent['areas'][number]; group: PlanContent['groups'][number] } | null {
  for (const area of plan.areas) {
    if (!id.startsWith(`${area.id}:`)) continue;
    const group = plan.groups.find((g) => cellId(area.id, g.id) === id);
    if (group) return { area, group };
  }
  return null;
}

export function commentTargetName(plan: CommentTargetPlan, table: CommentTargetTable, id: string): string | null {
  if (table === 'cells') {
    const cell = cellOf(plan, id);
    return cell ? `${cell.area.name} × ${groupLabel(cell.group)}` : null;
  }
  const row = (plan[table] as readonly ({ id: string } & Record<string, unknown>)[]).find((r) => r.id === id);
  return row ? rowLabelOf(row) : null;
}

/** The rows that have an open (unresolved) thread, as `table:id`: what the matrix marks as commented. */
export function openCommentTargets(comments: readonly Comment[]): Set<string> {
  const open = new Set<string>();
  for (const c of comments) if (c.parentId === null && !c.resolved) open.add(`${c.targetTable}:${c.targetId}`);
  return open;
}
