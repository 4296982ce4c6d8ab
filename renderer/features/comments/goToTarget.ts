// «Gå til» from the plan-wide comments list: opens the page that holds what the comment is on, with that thing shown —
// the chapter selected, the matrix's detail panel of the area (with the cell active), the table's row, the hearing input.
import type { Comment } from '../../../shared/domain/comment';
import { cellOf } from '../../../shared/domain/commentTarget';
import type { PlanView } from '../../../shared/domain/planView';
import { useChaptersView } from '../chapters/chaptersSlice';
import { useHearingUi } from '../hearing/hearingSlice';
import { useMatrixUi } from '../matrix/matrixUiStore';
import { useRowRequest } from '../tables/rowRequest';
import { useTablesTab, type TablesTabId } from '../tables/TablesPage';

const TAB_OF: Partial<Record<Comment['targetTable'], TablesTabId>> = {
  milestones: 'milestones',
  orgRoles: 'organisation',
  laws: 'laws',
  documents: 'laws',
  measures: 'measures',
};

/** Shows the comment's target; false when it is gone (deleted since) and there is nothing to go to. */
export function goToTarget(plan: PlanView, comment: Comment): boolean {
  const { targetTable: table, targetId: id } = comment;
  if (table === 'chapters') {
    if (!plan.chapters.some((c) => c.id === id)) return false;
    useChaptersView.getState().select(id);
    window.location.hash = '#/kapitler';
    return true;
  }
  if (table === 'cells' || table === 'areas') {
    const cell = table === 'cells' ? cellOf(plan, id) : null;
    const areaId = cell ? cell.area.id : id;
    if (!plan.areas.some((a) => a.id === areaId)) return false;
    const ui = useMatrixUi.getState();
    ui.setView('edit');
    ui.openDetail(areaId);
    ui.setActive({ areaId, groupId: cell?.group.id ?? null });
    window.location.hash = '#/ansvarsmatrise';
    return true;
  }
  if (!(plan[table] as readonly { id: string }[]).some((r) => r.id === id)) return false;
  if (table === 'inputs') {
    useHearingUi.getState().select(id);
    window.location.hash = '#/horing';
    return true;
  }
  useRowRequest.getState().ask(table, id);
  if (table === 'hearingParties') {
    window.location.hash = '#/plan';
    return true;
  }
  const tab = TAB_OF[table];
  if (tab) useTablesTab.getState().setTab(tab);
  window.location.hash = '#/tabeller';
  return true;
}
