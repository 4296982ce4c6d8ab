// Høring: the hearing period with the six-week finding and the deadline, the inputs registry with its editor and
// filters, and the merknadsbehandling generated live under it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { TableFindings } from '../tables/TableFindings';
import { useTablesStatus, useNoticesEndWithPage, useHistoryAnnouncements } from '../tables/tablesStatus';
import { HearingPeriodFields } from './HearingPeriod';
import { InputsRegistry } from './InputsRegistry';
import { MerknadsTable } from './MerknadsTable';

const useStyles = makeStyles({
  status: { minHeight: '1.5em', color: tokens.colorNeutralForeground2, margin: '4px 0' },
});

export function HearingPage() {
  const styles = useStyles();
  const t = useT();
  const ready = usePlanStore((s) => s.plan !== null);
  const status = useTablesStatus((s) => s.message);
  useHistoryAnnouncements(t);
  useNoticesEndWithPage();
  if (!ready) return null;
  return (
    <>
      <h1>{t('hearing.heading')}</h1>
      <p>{t('hearing.intro')}</p>
      <p role="status" className={styles.status} data-testid="hearing-status">
        {status}
      </p>
      <h2>{t('hearing.period')}</h2>
      <HearingPeriodFields />
      <h2>{t('hearing.inputs')}</h2>
      <InputsRegistry />
      <TableFindings tab="hearing" />
      <h2>{t('hearing.merknadsHeading')}</h2>
      <p>{t('hearing.merknadsHelp')}</p>
      <MerknadsTable />
    </>
  );
}
