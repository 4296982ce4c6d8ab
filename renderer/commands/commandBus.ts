// The app's one command path, bound to the API client and the plan store (renderer/commands/commandCore.ts says what
// it does). Pages, the keyboard and the desktop menu reach commit, undo and redo only through here.
import type { FieldChange } from '../../shared/domain/plan';
import { api } from '../api/client';
import { registerWriteSource, flushAllWrites } from '../app/pendingWrites';
import { usePlanStore } from '../app/planStore';
import { createCommands } from './commandCore';

export const commands = createCommands({
  call: (name, args) => api.call(name, args),
  cache: {
    plan: () => usePlanStore.getState().plan,
    setPlan: (plan) => usePlanStore.setState({ plan }),
    showError: (error) => usePlanStore.getState().showError(error),
    noteSaving: (saving) => usePlanStore.setState({ saving }),
    noteSavedAt: (savedAt) => usePlanStore.setState({ savedAt: savedAt ?? usePlanStore.getState().savedAt }),
    refreshFileInfo: () => usePlanStore.getState().refreshFileInfo(),
  },
  settleAll: flushAllWrites,
});
registerWriteSource(commands.writeSource);

export const { commit, cacheRows, showStored, noteSaved, reload, flush, undo, redo, stepHistory, onReload, onHistoryStep } = commands;

/** A field typed into (one message per field per pause unless `mode` is 'now'). */
export const commitEdit = (changes: readonly FieldChange[], mode: 'debounced' | 'now' = 'debounced'): boolean => commit(changes, { mode });
