// Who beside an editable table: for the row of the active cell, «Endret av», the active field's history and the row's
// comments. A grid column names the stored field it shows (`field`, else its key when the row has one); its history
// shows each old value as the column shows it (an amount as «1 820 000», not øre).
import { makeStyles } from '@fluentui/react-components';
import { useId } from 'react';
import type { ListRow, ListTable } from '../../../shared/plantables';
import { useT } from '../../app/i18n';
import { RowComments, type HeadingLevel } from '../comments/RowComments';
import { ChangedBy } from '../history/ChangedBy';
import { HistoryLine } from '../history/FieldHistory';
import type { GridColumn } from './EditableTable';

const useStyles = makeStyles({
  heading: { margin: '8px 0 0' },
});

/** The stored column a grid column's history reads, or null when it shows no single field (a choice of two links). */
export function historyField<R extends { id: string }>(column: GridColumn<R>, row: R): string | null {
  const field = column.field ?? column.key;
  return Object.hasOwn(row, field) && field !== 'id' ? field : null;
}

const HEADINGS = { 3: 'h3', 4: 'h4', 5: 'h5' } as const;

export type RowWhoProps<T extends ListTable> = {
  table: T;
  row: ListRow<T> | null;
  column: GridColumn<ListRow<T>> | null;
  name: string;
  level: 3 | 4;
};

export function RowWho<T extends ListTable>({ table, row, column, name, level }: RowWhoProps<T>) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  if (!row) return <p>{t('who.noRow')}</p>;
  const field = column ? historyField(column, row) : null;
  const Heading = HEADINGS[level];
  return (
    <section aria-labelledby={headingId} data-testid={`row-who-${table}`}>
      <Heading id={headingId} className={styles.heading}>
        {t('who.rowSection', { name })}
      </Heading>
      <ChangedBy table={table} id={row.id} />
      {column && field && (
        <HistoryLine table={table} id={row.id} fields={[{ column: field, label: column.header, format: (value) => column.display({ ...row, [field]: value }) }]} />
      )}
      <RowComments targetTable={table} targetId={row.id} name={name} level={(level + 1) as HeadingLevel} />
    </section>
  );
}
