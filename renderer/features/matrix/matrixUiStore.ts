// The editor's own UI state (not plan data): the active cell, the open detail panel, filters, the view and the menu.
import { create } from 'zustand';
import { resetWithPlan } from '../../app/planScope';
import type { GridFilter } from './gridModel';

/** The active grid position by ids, so it follows a row or column that moves. groupId null = the row header. */
export type ActiveCell = { areaId: string; groupId: string | null };
export type MatrixView = 'edit' | 'overview' | 'all' | 'group';
export type MenuRequest = { target: HTMLElement; areaId: string | null; groupId: string | null; themeId: string | null };

type MatrixUiState = {
  active: ActiveCell | null;
  /** Set by keyboard and panel actions: the grid moves DOM focus to the active cell after it renders. */
  focusRequest: number;
  detailAreaId: string | null;
  filter: GridFilter;
  view: MatrixView;
  viewGroupId: string | null;
  menu: MenuRequest | null;
  setActive(active: ActiveCell, focus?: boolean): void;
  openDetail(areaId: string | null): void;
  setFilter(filter: Partial<GridFilter>): void;
  setView(view: MatrixView, groupId?: string | null): void;
  openMenu(menu: MenuRequest | null): void;
};

export const useMatrixUi = create<MatrixUiState>((set) => ({
  active: null,
  focusRequest: 0,
  detailAreaId: null,
  filter: { groupId: null, search: '' },
  view: 'edit',
  viewGroupId: null,
  menu: null,
  setActive: (active, focus = false) => set((s) => ({ active, focusRequest: focus ? s.focusRequest + 1 : s.focusRequest })),
  openDetail: (detailAreaId) => set({ detailAreaId }),
  setFilter: (filter) => set((s) => ({ filter: { ...s.filter, ...filter } })),
  setView: (view, groupId) => set((s) => ({ view, viewGroupId: groupId === undefined ? s.viewGroupId : groupId })),
  openMenu: (menu) => set({ menu }),
}));

resetWithPlan(useMatrixUi);
