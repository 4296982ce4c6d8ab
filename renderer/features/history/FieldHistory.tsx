// A field's history: the field's button in a «Historikk:» line opens a dialog listing every value the field has had,
// newest first, with who wrote it and when (history.field). Held edits are sent first, so the newest value is there.
import { Button, makeStyles, Spinner } from '@fluentui/react-components';
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { FieldHistoryEntry } from '../../../shared/api/calls/history';
import { TOMBSTONE, type TableName } from '../../../shared/domain/plan';
import { formatLocalDayTime } from '../../../shared/format/norwegian';
import { api } from '../../api/client';
import { useT, type Translate } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { flush } from '../../commands/commandBus';
import { DataTable } from '../../components/DataTable';
import { ModalDialog } from '../../components/ModalDialog';
import { authorName } from './ChangedBy';

const useStyles = makeStyles({
  body: { maxHeight: '60vh', overflowY: 'auto' },
  value: { whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', justifyContent: 'flex-end', marginTop: '12px' },
  line: { display: 'flex', alignItems: 'center', gap: '4px', flexWrap: 'wrap', marginTop: '8px' },
});

export type FieldRef = { table: TableName; id: string; column: string };
/** How the field shows a stored value (an amount in øre as «1 820 000»); by default the value's plain text. */
export type FormatValue = (value: unknown) => ReactNode;

function valueCell(t: Translate, column: string, entry: FieldHistoryEntry, format: FormatValue | undefined): ReactNode {
  if (column === TOMBSTONE) return t(entry.deleted ? 'history.deleted' : 'history.restored');
  const shown = format ? format(entry.value) : entry.text;
  return shown === '' || shown === null ? t('history.emptyValue') : shown;
}

export function FieldHistoryDialog({ field, label, format, onClose }: { field: FieldRef; label: string; format?: FormatValue; onClose: () => void }) {
  const t = useT();
  const styles = useStyles();
  const [entries, setEntries] = useState<FieldHistoryEntry[] | null>(null);
  const { table, id, column } = field;
  useEffect(() => {
    let alive = true;
    void flush()
      .then(() => api.call('history.field', { table, id, column }))
      .then((r) => {
        if (!alive) return;
        if (r.ok) setEntries(r.value);
        else {
          usePlanStore.getState().showError(r.error);
          setEntries([]);
        }
      });
    return () => {
      alive = false;
    };
  }, [table, id, column]);
  const title = t('history.title', { field: label });
  return (
    <ModalDialog title={title} onClose={onClose}>
      <div className={styles.body} data-testid="field-history">
        {entries === null ? (
          <Spinner size="tiny" label={t('app.loading')} />
        ) : entries.length === 0 ? (
          <p>{t('history.empty')}</p>
        ) : (
          <DataTable
            caption={title}
            columns={[t('history.when'), t('history.who'), t('history.value')]}
            rows={entries.map((e, i) => ({
              key: String(i),
              cells: [formatLocalDayTime(new Date(e.at)), authorName(t, e), <span className={styles.value}>{valueCell(t, column, e, format)}</span>],
            }))}
          />
        )}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onClose}>
          {t('history.close')}
        </Button>
      </div>
    </ModalDialog>
  );
}

/**
 * «Historikk:» and one button per field, named by the field's label (the dialog's title says «Historikk for «…»»).
 * The label is the button's text, not an aria-label: a name like «Historikk for «Sammendrag»» would also answer to
 * the field's own label and make finding the field by its label ambiguous.
 */
export type HistoryField = { column: string; label: string; format?: FormatValue };

/** «Historikk:» and one button per field of a row, named by the field: compact where a form has many fields. */
export function HistoryLine({ table, id, fields }: { table: TableName; id: string; fields: readonly HistoryField[] }) {
  const t = useT();
  const styles = useStyles();
  const labelId = useId();
  const [open, setOpen] = useState<HistoryField | null>(null);
  return (
    <div className={styles.line} role="group" aria-labelledby={labelId} data-testid="history-line">
      <span id={labelId}>{t('history.show')}:</span>
      {fields.map((f) => (
        <Button key={f.column} size="small" appearance="subtle" onClick={() => setOpen(f)}>
          {f.label}
        </Button>
      ))}
      {open && <FieldHistoryDialog field={{ table, id, column: open.column }} label={open.label} format={open.format} onClose={() => setOpen(null)} />}
    </div>
  );
}
