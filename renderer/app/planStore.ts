// The open plan as the renderer sees it: a cache of plan.load, the file info for the header, the save status,
// and the last problem to show in the banner. The plan file is the truth; edits go through plan.mutate.
import { create } from 'zustand';
import type { OpenFileInfo } from '../../shared/api/calls/file';
import { ERROR_MESSAGES, type ApiError } from '../../shared/api/errors';
import type { FieldChange } from '../../shared/domain/plan';
import type { PlanView } from '../../shared/domain/planView';
import { api } from '../api/client';
import { applyChanges } from './applyChanges';
import { createChangeQueue } from './changeQueue';
import { noteWriteOutcome, noteWriteState, registerWriteSource } from './pendingWrites';

export type LoadState = 'loading' | 'ready' | 'no-plan';
/** A message that is not a problem: the e-mail draft the shell wrote. */
export type Notice = { kind: 'shared'; emlPath: string; opened: boolean };

type PlanState = {
  loadState: LoadState;
  file: OpenFileInfo | null;
  /** plan.load's view: asset metadata only; bytes through renderer/api/assetBytes. */
  plan: PlanView | null;
  /** True while changes are queued or on their way to the file. */
  saving: boolean;
  savedAt: string | null;
  error: ApiError | null;
  notice: Notice | null;
  load(): Promise<void>;
  openFile(path: string): Promise<void>;
  /** «Lagre som»: a clean copy at path becomes the open plan, with any changes the old file could not take. */
  saveAs(path: string): Promise<void>;
  change(changes: FieldChange[], mode?: 'debounced' | 'now'): void;
  flush(): Promise<void>;
  dismissError(): void;
  showError(error: ApiError): void;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
};

/** A file that cannot take changes (read-only, disk full, gone) is said in the banner, not only in the status line. */
function problemOf(file: OpenFileInfo | null): ApiError | null {
  return file?.problem ? { code: file.problem, message: ERROR_MESSAGES[file.problem] } : null;
}

export const usePlanStore = create<PlanState>((set, get) => {
  const queue = createChangeQueue(
    async (changes) => {
      const result = await api.call('plan.mutate', { changes });
      noteWriteOutcome(result.ok && result.value.pendingChanges === 0);
      if (result.ok) {
        set({ savedAt: result.value.savedAt ?? get().savedAt });
        // Pending changes mean the file could not take them (disk full, file gone): the file info says why.
        if (result.value.pendingChanges > 0) await refreshFileInfo();
      } else {
        set({ error: result.error });
        await refreshFileInfo();
      }
    },
    (saving) => {
      set({ saving });
      noteWriteState();
    },
  );
  registerWriteSource({ state: () => queue.state(), sendNow: () => queue.sendNow(), settle: () => queue.flush() });

  async function refreshFileInfo(): Promise<void> {
    const info = await api.call('file.current', {});
    if (!info.ok) return;
    set({ file: info.value, savedAt: info.value?.savedAt ?? get().savedAt });
    const banner = problemOf(info.value);
    if (banner) set({ error: banner });
  }

  async function loadPlan(): Promise<void> {
    const info = await api.call('file.current', {});
    if (!info.ok) {
      set({ error: info.error, loadState: get().plan ? 'ready' : 'no-plan' });
      return;
    }
    if (!info.value) {
      set({ file: null, plan: null, loadState: 'no-plan' });
      return;
    }
    const plan = await api.call('plan.load', {});
    if (!plan.ok) {
      set({ error: plan.error, loadState: get().plan ? 'ready' : 'no-plan' });
      return;
    }
    set({ file: info.value, savedAt: info.value.savedAt, plan: plan.value, loadState: 'ready', error: problemOf(info.value) });
  }

  return {
    loadState: 'loading',
    file: null,
    plan: null,
    saving: false,
    savedAt: null,
    error: null,
    notice: null,
    load: loadPlan,
    async openFile(path) {
      await queue.flush();
      const opened = await api.call('file.open', { path });
      if (!opened.ok) {
        // A refused file leaves the open plan as it was; the banner says why.
        set({ error: opened.error });
        return;
      }
      set({ error: null });
      await loadPlan();
    },
    async saveAs(path) {
      await queue.flush();
      const saved = await api.call('file.saveAs', { path });
      if (!saved.ok) {
        set({ error: saved.error });
        return;
      }
      set({ error: null });
      await loadPlan();
    },
    change(changes, mode = 'debounced') {
      const plan = get().plan;
      if (!plan) return;
      set({ plan: applyChanges(plan, changes) });
      queue.push(changes, mode);
    },
    flush: () => queue.flush(),
    dismissError: () => set({ error: null }),
    showError: (error) => set({ error }),
    showNotice: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
  };
});
