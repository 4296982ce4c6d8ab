// One list table of the plan as an editable grid with its tools: add, move up/down, delete, undo and redo.
// The tools act on the row of the active cell; every edit is one plan.mutate and so one undo step.
import { Button, makeStyles } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { ListRow, ListTable, RowPatch } from '../../../shared/plantables';
import { SPELLED_TABLE_COLUMNS } from '../../../shared/spell/fieldSpell';
import { useT } from '../../app/i18n';
import { EditableTable, type ActiveCell, type EditRequest, type FocusRequest, type GridColumn, type GridSection } from './EditableTable';
import { addRow, deleteRow, moveRow, patchRow } from './listEdits';
import { RowWho } from './RowWho';
import { useRowRequest } from './rowRequest';
import { undoOrRedo, useTablesStatus } from './tablesStatus';

const useStyles = makeStyles({
  tools: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0' },
});

export type TableEditorProps<T extends ListTable> = {
  table: T;
  label: string;
  columns: readonly GridColumn<ListRow<T>>[];
  sections: readonly GridSection<ListRow<T>>[];
  total?: { label: string; cells: Record<string, string> };
  addLabel: string;
  /** Fields of a new row (e.g. today's date); the first editable column is opened for typing. */
  newRow?: () => RowPatch<T>;
  /** The row's name in announcements ("«Oppstart» er slettet"). */
  rowName: (row: ListRow<T>) => string;
  extraTools?: ReactNode;
  testId?: string;
  /** The level of the active row's heading (who changed it, its comments): 3 under a page's h2, 4 under an h3. */
  rowHeadingLevel?: 3 | 4;
};

export function TableEditor<T extends ListTable>(props: TableEditorProps<T>) {
  const { table, label, columns, sections, total, addLabel, newRow, rowName, extraTools, testId, rowHeadingLevel = 3 } = props;
  const styles = useStyles();
  const t = useT();
  const announce = useTablesStatus((s) => s.announce);
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [editRequest, setEditRequest] = useState<EditRequest | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const rowRequest = useRowRequest((s) => s.request);

  const entries = sections.flatMap((section) => section.rows.map((row) => ({ row, section })));
  const activeEntry = entries.find((e) => e.row.id === active?.rowId) ?? entries[0];
  const firstEditable = columns.find((c) => c.editor)?.key ?? columns[0]?.key ?? '';
  const named = (row: ListRow<T>) => rowName(row).trim() || t('tables.unnamedRow');

  // «Gå til» from the comments list: that row becomes the active one, with focus on its first cell (on a long page such
  // as the Plan page's hearing parties, the row is then in view), and its row section shows its comments.
  useEffect(() => {
    if (rowRequest?.table !== table) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFocusRequest({ rowId: rowRequest.rowId, column: columns[0]?.key ?? '', seq: rowRequest.seq });
    useRowRequest.setState({ request: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rowRequest?.seq]);

  const add = () => {
    const row = addRow(table, newRow?.() ?? {});
    if (!row) return;
    setEditRequest({ rowId: row.id, column: firstEditable, seq: (editRequest?.seq ?? 0) + 1 });
    announce(t('tables.rowAdded'));
  };

  const move = (entry: typeof activeEntry, step: -1 | 1) => {
    if (!entry) return;
    moveRow(table, entry.section.rows, entry.row.id, step);
    announce(t(step < 0 ? 'tables.rowMovedUp' : 'tables.rowMovedDown', { name: named(entry.row) }));
  };

  const remove = () => {
    if (!activeEntry) return;
    deleteRow(table, activeEntry.row.id);
    announce(t('tables.rowDeleted', { name: named(activeEntry.row) }));
  };

  const commit = (row: ListRow<T>, patch: Record<string, unknown>): string | null => {
    try {
      patchRow(table, row, patch as RowPatch<T>);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  return (
    <>
      <div className={styles.tools}>
        <Button appearance="primary" onClick={add}>
          {addLabel}
        </Button>
        <Button disabled={!activeEntry} onClick={() => move(activeEntry, -1)}>
          {t('tables.moveUp')}
        </Button>
        <Button disabled={!activeEntry} onClick={() => move(activeEntry, 1)}>
          {t('tables.moveDown')}
        </Button>
        <Button disabled={!activeEntry} onClick={remove}>
          {t('tables.deleteRow')}
        </Button>
        <Button onClick={() => void undoOrRedo('undo')}>{t('tables.undo')}</Button>
        <Button onClick={() => void undoOrRedo('redo')}>{t('tables.redo')}</Button>
        {extraTools}
      </div>
      <EditableTable
        label={label}
        columns={columns}
        sections={sections}
        total={total}
        emptyText={t('tables.empty')}
        active={active}
        onActiveChange={setActive}
        onCommit={commit}
        onReorder={(row, section, step) => move({ row, section }, step)}
        editRequest={editRequest}
        focusRequest={focusRequest}
        testId={testId}
        spellColumns={SPELLED_TABLE_COLUMNS[table]}
      />
      <RowWho
        table={table}
        row={activeEntry?.row ?? null}
        column={columns.find((c) => c.key === active?.column) ?? columns[0] ?? null}
        name={activeEntry ? named(activeEntry.row) : ''}
        level={rowHeadingLevel}
      />
    </>
  );
}
