// The chapter tree's edits go through the one command path (renderer/commands); this file adds what chapters need
// around it: new chapter rows shown at once, and the open editor started again whenever the whole plan is reloaded.
import type { Chapter, FieldChange } from '../../../shared/domain/plan';
import { commit, onReload, reload } from '../../commands/commandBus';
import { useChaptersView } from './chaptersSlice';
import { supersedeEditorStates } from './editorSync';

// Undo, replace-all and import change chapters under the editor: bodies it computed from the old state are dropped,
// and it is built again from the file once the plan is read.
onReload({ before: supersedeEditorStates, after: () => useChaptersView.getState().reloadEditor() });

/** Sends one user action (one undo step); `created` rows are added to the cache, which only patches known rows. */
export function commitChapterChanges(changes: readonly FieldChange[], created: readonly Chapter[] = []): boolean {
  return commit(changes, { rows: { chapters: created } });
}

/** After a call that changed the plan on the services' side (replace-all, import): the cache and the editor reload. */
export const reloadChapters = reload;
