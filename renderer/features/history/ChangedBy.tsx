// «Endret av Kari Nordmann 07.12.2026» under a row's editor: who changed the row last and on which day (the author's
// clock). Changes from before authors were kept say «ukjent».
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeStamp } from '../../../shared/api/calls/history';
import type { TableName } from '../../../shared/domain/plan';
import { formatLocalDay } from '../../../shared/format/norwegian';
import { useT, type Translate } from '../../app/i18n';
import { useLastChange } from './lastChanges';

const useStyles = makeStyles({
  line: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: '4px 0' },
});

export const authorName = (t: Translate, stamp: ChangeStamp): string => stamp.author?.name ?? t('history.unknownAuthor');

export function changedByText(t: Translate, stamp: ChangeStamp): string {
  return t('history.changedBy', { name: authorName(t, stamp), date: formatLocalDay(new Date(stamp.at)) });
}

export function ChangedBy({ table, id }: { table: TableName; id: string }) {
  const t = useT();
  const styles = useStyles();
  const stamp = useLastChange(table, id);
  if (!stamp) return null;
  return (
    <p className={styles.line} data-testid="changed-by">
      {changedByText(t, stamp)}
    </p>
  );
}
