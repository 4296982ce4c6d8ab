// The comment calls from the UI: each answer's comment replaces its row in the cached plan (no reload, so an open
// chapter editor keeps its state), and what happened is said in the page's live region for screen readers.
import { create } from 'zustand';
import type { CommentWritten } from '../../../shared/api/calls/comments';
import type { ArgsOf } from '../../../shared/api/contract';
import { TOMBSTONE } from '../../../shared/domain/plan';
import type { Person } from '../../../shared/domain/person';
import type { MessageKey } from '../../../shared/i18n';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
import { cacheRows, showStored } from '../../commands/commandBus';

type CommentsView = {
  /** The installation's person (person.get): whose comments may be edited and deleted here. */
  me: Person | null;
  /** The last action, said by the page's aria-live region. */
  status: MessageKey | null;
  loadMe(): Promise<void>;
};

export const useCommentsView = create<CommentsView>((set) => ({
  me: null,
  status: null,
  async loadMe() {
    const r = await api.call('person.get', {});
    if (r.ok) set({ me: r.value.person });
  },
}));

type WriteCall = 'comments.add' | 'comments.reply' | 'comments.edit' | 'comments.delete' | 'comments.resolve' | 'comments.reopen';

const DONE: Record<WriteCall, MessageKey> = {
  'comments.add': 'comments.added',
  'comments.reply': 'comments.replied',
  'comments.edit': 'comments.saved',
  'comments.delete': 'comments.deleted',
  'comments.resolve': 'comments.resolvedNotice',
  'comments.reopen': 'comments.reopenedNotice',
};

/** Runs one comment call; true when it was written. A refusal is shown in the banner in the UI language. */
export async function writeComment<K extends WriteCall>(name: K, args: ArgsOf<K>): Promise<boolean> {
  const result = await api.call(name, args);
  if (!result.ok) {
    usePlanStore.getState().showError(result.error);
    return false;
  }
  const written = result.value as CommentWritten;
  if (name === 'comments.delete') showStored([{ table: 'comments', id: written.comment.id, column: TOMBSTONE, value: true }]);
  else cacheRows({ comments: [written.comment] });
  useCommentsView.setState({ status: DONE[name] });
  return true;
}
