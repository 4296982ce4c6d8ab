// A request from elsewhere (the plan-wide comments list's «Gå til») to make one row of a table the active one when
// that table's editor shows: the editor takes it once (by seq) and its row section then shows the row's comments.
import { create } from 'zustand';
import type { ListTable } from '../../../shared/plantables';
import { resetWithPlan } from '../../app/planScope';

export type RowRequest = { table: ListTable; rowId: string; seq: number };

export const useRowRequest = create<{ request: RowRequest | null; ask(table: ListTable, rowId: string): void }>((set) => ({
  request: null,
  ask: (table, rowId) => set((s) => ({ request: { table, rowId, seq: (s.request?.seq ?? 0) + 1 } })),
}));

resetWithPlan(useRowRequest);
