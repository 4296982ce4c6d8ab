// The Høring page's own state: the registry's filters and which input is open for editing.
import { create } from 'zustand';
import { resetWithPlan } from '../../app/planScope';
import type { InputStatusFilter } from '../../../shared/plantables';

type HearingUiState = {
  status: InputStatusFilter;
  concerns: string;
  lateOnly: boolean;
  selectedId: string | null;
  /** Set when an input was just added, so its first field takes focus once. */
  focusNew: boolean;
  setFilter(filter: Partial<Pick<HearingUiState, 'status' | 'concerns' | 'lateOnly'>>): void;
  select(id: string | null, focusNew?: boolean): void;
};

export const useHearingUi = create<HearingUiState>((set) => ({
  status: 'all',
  concerns: '',
  lateOnly: false,
  selectedId: null,
  focusNew: false,
  setFilter: (filter) => set(filter),
  select: (selectedId, focusNew = false) => set({ selectedId, focusNew }),
}));

resetWithPlan(useHearingUi);
