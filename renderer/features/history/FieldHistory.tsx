// A field's history: a «Historikk» button beside the field opens a dialog listing every value the field has had,
// newest first, with who wrote it and when (history.field). Held edits are sent first, so the newest value is there.
import { Button, makeStyles, Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
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

/** «Historikk» beside a field (or the field's name in a line of them); its name says which field («Historikk for «Navn»»). */
export function HistoryButton({ field, label, format, text }: { field: FieldRef; label: string; format?: FormatValue; text?: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" appearance="subtle" aria-label={t('history.title', { field: label })} onClick={() => setOpen(true)}>
        {text ?? t('history.show')}
      </Button>
      {open && <FieldHistoryDialog field={field} label={label} format={format} onClose={() => setOpen(false)} />}
    </>
  );
}

export type HistoryField = { column: string; label: string; format?: FormatValue };

/** «Historikk:» and one button per field of a row, named by the field: compact where a form has many fields. */
export function HistoryLine({ table, id, fields }: { table: TableName; id: string; fields: readonly HistoryField[] }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.line} role="group" aria-label={t('history.show')}>
      <span>{t('history.show')}:</span>
      {fields.map((f) => (
        <HistoryButton key={f.column} field={{ table, id, column: f.column }} label={f.label} format={f.format} text={f.label} />
      ))}
    </div>
  );
}
