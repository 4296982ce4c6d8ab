// Eksport: what the hearing document will contain, counted, with the universal-design gap that matters most (alt text).
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { DataTable } from '../../components/DataTable';

export function ExportPage() {
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  if (!plan) return null;
  const images = plan.assets.filter((a) => a.mime.startsWith('image/'));
  const rows = [
    { key: 'themes', label: t('export.themes'), count: plan.themes.length },
    { key: 'areas', label: t('export.areas'), count: plan.areas.length },
    { key: 'groups', label: t('export.groups'), count: plan.groups.length },
    { key: 'chapters', label: t('export.chapters'), count: plan.chapters.filter((c) => c.kind === 'chapter').length },
    { key: 'images', label: t('export.images'), count: images.length },
    { key: 'imagesWithoutAlt', label: t('export.imagesWithoutAlt'), count: images.filter((a) => !a.decorative && a.alt.trim() === '').length },
    { key: 'inputs', label: t('export.inputs'), count: plan.inputs.length },
  ];
  return (
    <>
      <h1>{t('export.heading')}</h1>
      <p>{t('export.intro')}</p>
      <DataTable
        caption={t('export.summary')}
        columns={[t('export.what'), t('export.count')]}
        rows={rows.map((r) => ({ key: r.key, cells: [r.label, r.count] }))}
        testId="export-summary"
      />
    </>
  );
}
