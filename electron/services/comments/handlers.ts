// comments.* calls: the comment service of the open plan, written as the session's person.
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import type { FieldChange } from '../../../shared/domain/plan';
import type { PlanFile } from '../store';
import { createCommentService, type CommentClock } from './commentService';

type CommentCalls = 'comments.add' | 'comments.reply' | 'comments.edit' | 'comments.delete' | 'comments.resolve' | 'comments.reopen' | 'comments.list';

export function createCommentHandlers(deps: { currentPlan: () => PlanFile | null; clock?: CommentClock }): Pick<Handlers, CommentCalls> {
  const service = () => {
    const file = deps.currentPlan();
    if (!file) throw new PlanverkError('NO_PLAN_OPEN');
    return createCommentService(file, deps.clock);
  };
  return {
    'comments.add': (args) => service().add(args),
    'comments.reply': ({ parentId, body }) => service().reply(parentId, body),
    'comments.edit': ({ id, body }) => service().edit(id, body),
    'comments.delete': ({ id }) => service().remove(id),
    'comments.resolve': ({ id }) => service().resolve(id),
    'comments.reopen': ({ id }) => service().reopen(id),
    'comments.list': (filter) => ({ threads: service().list(filter) }),
  };
}

/**
 * plan.mutate may not write comments: their author checks live in the comment calls (else anyone could edit another's
 * comment through the generic call). Undo and redo of a comment call still work: they do not pass through here.
 */
export function refuseCommentChanges(changes: readonly FieldChange[]): void {
  if (changes.some((c) => c.table === 'comments')) throw new PlanverkError('INVALID_ARGS', 'comments: bruk comments.*', { key: 'commentNotOwnEdit' });
}
