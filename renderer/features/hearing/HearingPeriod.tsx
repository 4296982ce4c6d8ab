// The hearing period (start and deadline) with the six-week finding: a period shorter than plan- og bygningsloven's
// minimum is flagged with the reason and the earliest lawful deadline.
import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { formatDate } from '../../../shared/format/norwegian';
import { hearingDeadline, hearingPeriodFinding } from '../../../shared/plantables';
import { useFindingText, useT } from '../../app/i18n';
import { DateField } from '../../components/DateField';
import { usePlanStore } from '../../app/planStore';
import { commitEdit, flush as flushEdits } from '../../commands/commandBus';

const useStyles = makeStyles({
  fields: { display: 'flex', flexWrap: 'wrap', gap: '16px 24px', marginBottom: '8px' },
});

type DateColumn = 'hearingStart' | 'hearingEnd';

function HearingDate({ column, label }: { column: DateColumn; label: string }) {
  const id = usePlanStore((s) => s.plan?.plan.id);
  const value = usePlanStore((s) => s.plan?.plan[column] ?? null);
  const change = commitEdit;
  const flush = flushEdits;
  return (
    <DateField
      label={label}
      value={value}
      onChange={(date) => {
        if (id) change([{ table: 'plan', id, column, value: date }]);
      }}
      onBlur={() => void flush()}
    />
  );
}

/** The period's finding as one sentence (and its intent), shared by the Plan and Høring pages. */
export function HearingPeriodFinding() {
  const t = useT();
  const say = useFindingText();
  const start = usePlanStore((s) => s.plan?.plan.hearingStart ?? null);
  const end = usePlanStore((s) => s.plan?.plan.hearingEnd ?? null);
  const finding = hearingPeriodFinding({ hearingStart: start, hearingEnd: end });
  const deadline = hearingDeadline({ hearingStart: start, hearingEnd: end });
  if (finding.kind === 'not-set') return <p data-testid="hearing-finding">{t('hearing.periodUnset')}</p>;
  if (finding.kind === 'ok') {
    return (
      <MessageBar intent="success" data-testid="hearing-finding">
        <MessageBarBody>
          {t('hearing.periodOk', { start: formatDate(start!), deadline: deadline ? formatDate(deadline) : '', days: finding.days })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" data-testid="hearing-finding">
      <MessageBarBody>{say(finding.text)}</MessageBarBody>
    </MessageBar>
  );
}

export function HearingPeriodFields() {
  const styles = useStyles();
  const t = useT();
  return (
    <>
      <div className={styles.fields}>
        <HearingDate column="hearingStart" label={t('hearing.start')} />
        <HearingDate column="hearingEnd" label={t('hearing.deadline')} />
      </div>
      <HearingPeriodFinding />
    </>
  );
}
