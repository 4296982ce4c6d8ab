// A list of plan files on the start screen: title, file name and last change, each with its own «Åpne» button.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanEntry } from '../../../shared/api/calls/start';
import { useT } from '../../app/i18n';
import { formatClock } from '../../app/saveStatus';
import { formatLocalDay } from '../../../shared/format/norwegian';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { display: 'flex', alignItems: 'center', gap: '16px', justifyContent: 'space-between', flexWrap: 'wrap' },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export function PlanList({ plans, empty, onOpen, busy, testId }: { plans: readonly PlanEntry[]; empty: string; onOpen: (path: string) => void; busy: boolean; testId: string }) {
  const styles = useStyles();
  const t = useT();
  if (plans.length === 0) return <p>{empty}</p>;
  return (
    <ul className={styles.list} data-testid={testId}>
      {plans.map((plan) => {
        const title = plan.title?.trim() || plan.name;
        return (
          <li key={plan.path} className={styles.item}>
            <span className={styles.text}>
              <span className={styles.title}>{title}</span>
              <span className={styles.meta} title={plan.path}>
                {plan.name}
                {' · '}
                {plan.exists && plan.changedAt ? t('start.lastChange', { date: formatLocalDay(new Date(plan.changedAt)), time: formatClock(plan.changedAt) ?? '' }) : t('start.missing')}
              </span>
            </span>
            <Button appearance="secondary" disabled={busy || !plan.exists} onClick={() => onOpen(plan.path)} aria-label={`${t('start.open')}: ${title}`}>
              {t('start.open')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
