// Tabeller: an honest summary of the structured tables (how many rows each has) and the milestone plan.
import { formatMonthOrDate } from '../../../shared/format/norwegian';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { DataTable } from '../../components/DataTable';

export function TablesPage() {
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  if (!plan) return null;
  const counts = [
    { key: 'milestones', label: t('tables.milestones'), count: plan.milestones.length },
    { key: 'orgRoles', label: t('tables.orgRoles'), count: plan.orgRoles.length },
    { key: 'laws', label: t('tables.laws'), count: plan.laws.length },
    { key: 'documents', label: t('tables.documents'), count: plan.documents.length },
    { key: 'measures', label: t('tables.measures'), count: plan.measures.length },
  ];
  const milestones = [...plan.milestones].sort((a, b) => a.sortKey - b.sortKey);
  const when = (from: string | null, to: string | null) =>
    [from, to].filter((v): v is string => v !== null).map((v) => formatMonthOrDate(v, plan.plan.malform)).join(' – ');

  return (
    <>
      <h1>{t('tables.heading')}</h1>
      <p>{t('tables.intro')}</p>
      <DataTable
        caption={t('tables.heading')}
        columns={[t('tables.kind'), t('tables.count')]}
        rows={counts.map((c) => ({ key: c.key, cells: [c.label, c.count] }))}
        testId="tables-summary"
      />
      {milestones.length > 0 && (
        <DataTable
          caption={t('tables.milestones')}
          columns={[t('tables.milestone'), t('tables.when')]}
          rows={milestones.map((m) => ({ key: m.id, cells: [m.name, when(m.from, m.to)] }))}
        />
      )}
    </>
  );
}
