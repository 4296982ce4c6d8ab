// The open plan as the renderer sees it: a cache of plan.load, the file info for the header, the save status,
// and the last problem to show in the banner. The plan file is the truth; edits go through renderer/commands.
import { create } from 'zustand';
import type { OpenFileInfo } from '../../shared/api/calls/file';
import { ERROR_MESSAGES, type ApiError } from '../../shared/api/errors';
import type { PlanView } from '../../shared/domain/planView';
import { api } from '../api/client';
import { flushAllWrites } from './pendingWrites';

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
  /** Reads file.current again (after a write the file could not take: read-only, disk full, gone). */
  refreshFileInfo(): Promise<void>;
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
      await flushAllWrites();
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
      await flushAllWrites();
      const saved = await api.call('file.saveAs', { path });
      if (!saved.ok) {
        set({ error: saved.error });
        return;
      }
      set({ error: null });
      await loadPlan();
    },
    refreshFileInfo,
    dismissError: () => set({ error: null }),
    showError: (error) => set({ error }),
    showNotice: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
  };
});
