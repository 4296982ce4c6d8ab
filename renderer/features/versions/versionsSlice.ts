// The versions of the open plan as the page lists them, and the one shown read-only; both start again with another plan.
import { create } from 'zustand';
import type { VersionListItem } from '../../../shared/api/calls/versions';
import type { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';
import { resetWithPlan } from '../../app/planScope';

export type ViewedVersion = { name: string; html: string };

type VersionsState = {
  versions: VersionListItem[] | null;
  listError: ApiError | null;
  viewing: ViewedVersion | null;
  refresh(): Promise<void>;
  view(version: ViewedVersion | null): void;
};

export const useVersionsStore = create<VersionsState>((set) => ({
  versions: null,
  listError: null,
  viewing: null,
  async refresh() {
    const r = await api.call('versions.list', {});
    set(r.ok ? { versions: r.value, listError: null } : { listError: r.error });
  },
  view: (viewing) => set({ viewing }),
}));
resetWithPlan(useVersionsStore);
