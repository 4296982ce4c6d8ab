// Eksport: choose what to export and how, follow and cancel the export, check accessibility, preview the document;
// and what the hearing document will contain, counted.
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { DataTable } from '../../components/DataTable';
import { AccessibilityCheck } from './AccessibilityCheck';
import { ExportForm } from './ExportForm';
import { ExportPreview } from './ExportPreview';

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
      <p>{t('export.lead')}</p>
      <ExportForm />
      <h2>{t('export.check.heading')}</h2>
      <AccessibilityCheck />
      <h2>{t('export.preview.heading')}</h2>
      <ExportPreview />
      <h2>{t('export.summary')}</h2>
      <DataTable
        caption={t('export.summary')}
        columns={[t('export.what'), t('export.count')]}
        rows={rows.map((r) => ({ key: r.key, cells: [r.label, r.count] }))}
        testId="export-summary"
      />
    </>
  );
}
