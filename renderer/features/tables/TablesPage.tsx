// Tabeller: the plan's structured tables, one tab each (milestones, organisation, laws and documents, measures),
// edited in keyboard-friendly grids; Ctrl+Z / Ctrl+Y undo and redo through the plan file's history.
import { makeStyles, tokens } from '@fluentui/react-components';
import { create } from 'zustand';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { LawsTab } from './LawsTab';
import { MeasuresTab } from './MeasuresTab';
import { MilestonesTab } from './MilestonesTab';
import { OrganisationTab } from './OrganisationTab';
import { TableFindings } from './TableFindings';
import { TableTabs, tabId } from './TableTabs';
import { useTablesStatus, useNoticesEndWithPage, useHistoryAnnouncements } from './tablesStatus';

const TABS = [
  { id: 'milestones', label: 'tables.milestones', Panel: MilestonesTab },
  { id: 'organisation', label: 'tables.orgRoles', Panel: OrganisationTab },
  { id: 'laws', label: 'tables.lawsAndDocuments', Panel: LawsTab },
  { id: 'measures', label: 'tables.measuresTab', Panel: MeasuresTab },
] as const satisfies readonly { id: string; label: MessageKey; Panel: () => React.JSX.Element }[];

export type TablesTabId = (typeof TABS)[number]['id'];

/** The chosen tab outlives a visit to another page (not a reload). */
export const useTablesTab = create<{ tab: TablesTabId; setTab(tab: TablesTabId): void }>((set) => ({
  tab: 'milestones',
  setTab: (tab) => set({ tab }),
}));

const useStyles = makeStyles({
  status: { minHeight: '1.5em', color: tokens.colorNeutralForeground2, margin: '4px 0' },
  panel: { paddingTop: '8px' },
});

export function TablesPage() {
  const styles = useStyles();
  const t = useT();
  const ready = usePlanStore((s) => s.plan !== null);
  const tab = useTablesTab((s) => s.tab);
  const setTab = useTablesTab((s) => s.setTab);
  const status = useTablesStatus((s) => s.message);
  useHistoryAnnouncements(t);
  useNoticesEndWithPage();
  if (!ready) return null;
  const current = TABS.find((x) => x.id === tab) ?? TABS[0];
  const Panel = current.Panel;

  return (
    <>
      <h1>{t('tables.heading')}</h1>
      <p>{t('tables.editIntro')}</p>
      <TableTabs
        label={t('tables.heading')}
        tabs={TABS.map((x) => ({ id: x.id, label: t(x.label) }))}
        selected={current.id}
        panelId="tables-panel"
        onSelect={setTab}
      />
      <p role="status" className={styles.status} data-testid="tables-status">
        {status}
      </p>
      <div role="tabpanel" id="tables-panel" aria-labelledby={tabId(current.id)} className={styles.panel}>
        <h2>{t(current.label)}</h2>
        <Panel />
        <TableFindings tab={current.id} />
      </div>
    </>
  );
}
