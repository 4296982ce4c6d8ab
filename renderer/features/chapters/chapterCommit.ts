// The chapter tree's one way to change the plan: show the edit at once (new rows included), then send it through
// plan.mutate as one undo step; undo/redo wait for the editor's updates, then reload the plan and the editor.
import type { Chapter, FieldChange } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
import { useChaptersView } from './chaptersSlice';
import { settleEditor, supersedeEditorStates } from './editorSync';

/** Sends one user action (one undo step); `created` rows are added to the cache, which only patches known rows. */
export function commitChapterChanges(changes: readonly FieldChange[], created: readonly Chapter[] = []): boolean {
  if (changes.length === 0) return false;
  const store = usePlanStore.getState();
  if (!store.plan) return false;
  if (created.length > 0) usePlanStore.setState({ plan: { ...store.plan, chapters: [...store.plan.chapters, ...created] } });
  usePlanStore.getState().change([...changes], 'now');
  return true;
}

/** plan.undo / plan.redo once everything is written, then the plan and the open chapter as the file now has them. */
export async function undoRedoChapters(which: 'plan.undo' | 'plan.redo'): Promise<boolean> {
  await settleEditor();
  const result = await api.call(which, {});
  if (!result.ok) {
    usePlanStore.getState().showError(result.error);
    return false;
  }
  if (result.value.done) {
    supersedeEditorStates();
    await usePlanStore.getState().load();
    useChaptersView.getState().reloadEditor();
  }
  return result.value.done;
}

/** After a call that changed the plan on the services' side (replace-all, import): the cache and the editor reload. */
export async function reloadChapters(): Promise<void> {
  supersedeEditorStates();
  await usePlanStore.getState().load();
  useChaptersView.getState().reloadEditor();
}
