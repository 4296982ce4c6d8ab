// Høring: the hearing period and the inputs received with their conclusion (processing comes in a later issue).
import { formatDate } from '../../../shared/format/norwegian';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { DataTable } from '../../components/DataTable';

export function HearingPage() {
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  if (!plan) return null;
  const { hearingStart, hearingEnd } = plan.plan;
  const inputs = [...plan.inputs].sort((a, b) => a.sortKey - b.sortKey);
  return (
    <>
      <h1>{t('hearing.heading')}</h1>
      <h2>{t('hearing.period')}</h2>
      <p data-testid="hearing-period">
        {hearingStart && hearingEnd ? `${formatDate(hearingStart)} – ${formatDate(hearingEnd)}` : t('hearing.periodUnset')}
      </p>
      <h2>{t('hearing.inputs')}</h2>
      <p>{t('hearing.inputCount', { count: inputs.length })}</p>
      {inputs.length > 0 && (
        <DataTable
          caption={t('hearing.inputs')}
          columns={[t('hearing.sender'), t('hearing.summary'), t('hearing.conclusion')]}
          rows={inputs.map((input) => ({
            key: input.id,
            cells: [input.sender, input.summary, input.conclusion ? t(`conclusion.${input.conclusion}`) : t('hearing.noConclusion')],
          }))}
        />
      )}
    </>
  );
}
