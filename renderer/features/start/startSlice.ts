// The start screen's state: what can be opened (start.overview) and the four ways in (new, open, recent, sample copy).
// Every way ends the same: the plan store loads the opened plan and the frame shows its Plan page.
import { create } from 'zustand';
import type { OpenFileInfo } from '../../../shared/api/calls/file';
import type { StartOverview } from '../../../shared/api/calls/start';
import type { ApiResult } from '../../../shared/api/errors';
import type { Malform } from '../../../shared/domain/plan';
import type { TemplateKind } from '../../../shared/templates/kinds';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
import { flushAllWrites } from '../../app/pendingWrites';

export type NewPlanChoice = { kind: TemplateKind; malform: Malform; folder?: string; name?: string };

type StartState = {
  overview: StartOverview | null;
  busy: boolean;
  refresh(): Promise<void>;
  newPlan(choice: NewPlanChoice): Promise<void>;
  openPath(path: string): Promise<void>;
  openDialog(): Promise<void>;
  sampleCopy(folder?: string): Promise<void>;
};

export const useStartStore = create<StartState>((set, get) => {
  /** The old plan's held edits reach its file before another plan becomes the open one. */
  async function enter(run: () => Promise<ApiResult<OpenFileInfo | null>>): Promise<void> {
    if (get().busy) return;
    set({ busy: true });
    try {
      await flushAllWrites();
      const result = await run();
      if (!result.ok) {
        usePlanStore.getState().showError(result.error);
        return;
      }
      if (result.value === null) return; // a dialog was cancelled
      usePlanStore.getState().dismissError();
      await usePlanStore.getState().load();
      window.location.hash = '#/plan';
    } finally {
      set({ busy: false });
    }
  }

  return {
    overview: null,
    busy: false,
    async refresh() {
      const result = await api.call('start.overview', {});
      if (result.ok) set({ overview: result.value });
      else usePlanStore.getState().showError(result.error);
    },
    newPlan: (choice) => enter(() => api.call('start.newPlan', choice)),
    openPath: (path) => enter(() => api.call('file.open', { path })),
    openDialog: () => enter(() => api.call('start.openDialog', {})),
    sampleCopy: (folder) => enter(() => api.call('start.sampleCopy', folder ? { folder } : {})),
  };
});
