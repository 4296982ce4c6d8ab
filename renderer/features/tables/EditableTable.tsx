// A keyboard-friendly editable table (ARIA grid): one Tab stop, arrow keys move between cells, Enter/F2 or typing
// edits a cell, Enter saves, Escape cancels, Alt+↑/↓ moves the row. A refused value stays in the cell with its message.
// Tab / Shift+Tab save the cell being edited and move to the next / previous cell (on to the next row), as in Excel;
// on a cell that is not being edited they move along the row and leave the grid at its ends.
import { Input, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Parsed } from '../../../shared/format/norwegian';
import { useCellSpelling, useCellSpellMenu } from './cellSpelling';
import { SpelledText } from './spelledText';
import { clampMove, decideGridKey, tabMove } from './gridKeys';

export type Patch = Record<string, unknown>;

export type CellEditor<R> =
  | { kind: 'text'; initial: (row: R) => string; parse: (text: string, row: R) => Parsed<Patch> }
  | { kind: 'select'; options: readonly { value: string; label: string }[]; initial: (row: R) => string; parse: (value: string, row: R) => Parsed<Patch> };

/** `field`: the stored column the cell shows when it is not `key` (its history reads that column). */
export type GridColumn<R> = { key: string; header: string; display: (row: R) => ReactNode; editor?: CellEditor<R>; numeric?: boolean; field?: string };

/** Rows shown together (the measures of one unit), with an optional heading row and a sum row under them. */
export type GridSection<R> = { key: string; heading?: string; rows: readonly R[]; sum?: { label: string; cells: Record<string, string> } };

/** The cell with the grid's Tab stop; index is where its row was, for when the row goes away (deleted, undone). */
export type ActiveCell = { rowId: string; column: string; index?: number };

export type EditRequest = { rowId: string; column: string; seq: number };
/** A request from outside (the comments list's «Gå til») to make a cell active and give it focus: each new seq once. */
export type FocusRequest = EditRequest;

export type EditableTableProps<R extends { id: string }> = {
  label: string;
  columns: readonly GridColumn<R>[];
  sections: readonly GridSection<R>[];
  total?: { label: string; cells: Record<string, string> };
  emptyText: string;
  active: ActiveCell | null;
  onActiveChange: (cell: ActiveCell) => void;
  /** Saves a parsed patch; returns a sentence when the row refuses it. */
  onCommit: (row: R, patch: Patch) => string | null;
  onReorder?: (row: R, section: GridSection<R>, step: -1 | 1) => void;
  editRequest?: EditRequest | null;
  focusRequest?: FocusRequest | null;
  testId?: string;
  /** The stored fields whose text cells are spell-checked (SPELLED_TABLE_COLUMNS): underlined, with the spelling menu. */
  spellColumns?: readonly string[];
};

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%', marginBottom: '12px' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300, minWidth: '480px' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
  th: { textAlign: 'left', padding: '6px 8px', borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground3 },
  cell: {
    padding: '6px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    minWidth: '60px',
    cursor: 'cell',
    ':focus': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  numeric: { textAlign: 'right', whiteSpace: 'nowrap' },
  activeRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
  editing: { padding: '2px 4px' },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, marginTop: '2px', maxWidth: '360px' },
  band: { textAlign: 'left', padding: '8px 8px 4px', backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
  sum: { padding: '6px 8px', fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, textAlign: 'left' },
});

type Editing = { rowId: string; column: string; draft: string; error: string | null };

const cellKey = (rowId: string, column: string) => `${rowId}|${column}`;

export function EditableTable<R extends { id: string }>(props: EditableTableProps<R>) {
  const { label, columns, sections, total, emptyText, active, onActiveChange, onCommit, onReorder, editRequest, focusRequest, testId, spellColumns } = props;
  const styles = useStyles();
  const [editing, setEditing] = useState<Editing | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const focusWanted = useRef(false);
  // Enter then the input's blur (or Escape then blur) must end an edit once: a second save would be a second undo step.
  const editOpen = useRef(false);

  const flat = useMemo(() => sections.flatMap((section) => section.rows.map((row) => ({ row, section }))), [sections]);
  const rowIndex = useMemo(() => new Map(flat.map((entry, i) => [entry.row.id, i])), [flat]);

  // Spell-check of the text cells: the texts shown are checked (one worker request for those not checked yet).
  const spelledColumns = useMemo(() => columns.filter((c) => c.editor?.kind === 'text' && spellColumns?.includes(c.field ?? c.key)), [columns, spellColumns]);
  const spellTexts = useMemo(() => flat.flatMap(({ row }) => spelledColumns.map((c) => c.display(row)).filter((t): t is string => typeof t === 'string')), [flat, spelledColumns]);
  const spelling = useCellSpelling(spellTexts);
  const spellMenu = useCellSpellMenu(spelling, (td) => {
    const key = td.dataset.cell ?? '';
    const split = key.lastIndexOf('|');
    const entry = flat[rowIndex.get(key.slice(0, split)) ?? -1];
    const column = spelledColumns.find((c) => c.key === key.slice(split + 1));
    const text = entry && column?.display(entry.row);
    if (!entry || !column?.editor || typeof text !== 'string' || editing) return null;
    const editor = column.editor;
    return {
      text,
      save: (next) => {
        const parsed = editor.parse(next, entry.row);
        if (parsed.ok) onCommit(entry.row, parsed.value);
      },
    };
  });

  // The active cell, or where it was when its row went away (deleted, undone), or the first cell.
  const current = useMemo(() => {
    if (flat.length === 0) return null;
    const known = active ? rowIndex.get(active.rowId) : undefined;
    const row = known ?? Math.min(active?.index ?? 0, flat.length - 1);
    const column = Math.max(0, columns.findIndex((c) => c.key === active?.column));
    return { row, column };
  }, [active, rowIndex, flat.length, columns]);

  const currentId = current ? flat[current.row]?.row.id : undefined;
  const currentColumn = current ? columns[current.column]?.key : undefined;

  // Layout effects (here and for edit requests): focus lands before the browser handles the next key, so a key typed
  // at once after Tab, Enter or «Legg til» reaches the cell or its editor, never the button or the body.
  useLayoutEffect(() => {
    if (!focusWanted.current || !currentId || !currentColumn || editing) return;
    focusWanted.current = false;
    const cell = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cellKey(currentId, currentColumn))}"]`);
    cell?.focus();
  });

  function startEdit(rowId: string, columnKey: string, initialText: string | null) {
    const entry = flat[rowIndex.get(rowId) ?? -1];
    const column = columns.find((c) => c.key === columnKey);
    if (!entry || !column?.editor) return;
    editOpen.current = true;
    setEditing({ rowId, column: columnKey, draft: initialText ?? column.editor.initial(entry.row), error: null });
  }

  useLayoutEffect(() => {
    if (!editRequest) return;
    // An outside request (a row just added) opens its cell for typing: only a new seq does, and its row is there by then.
    onActiveChange({ rowId: editRequest.rowId, column: editRequest.column });
    // eslint-disable-next-line react-hooks/set-state-in-effect
    startEdit(editRequest.rowId, editRequest.column, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editRequest?.seq]);

  useLayoutEffect(() => {
    if (!focusRequest) return;
    // Focus, as a keyboard move would: the cell scrolls into view, and a screen reader says where the user landed.
    focusWanted.current = true;
    onActiveChange({ rowId: focusRequest.rowId, column: focusRequest.column });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest?.seq]);

  function moveTo(row: number, column: number) {
    const entry = flat[row];
    const col = columns[column];
    if (!entry || !col) return;
    focusWanted.current = true;
    onActiveChange({ rowId: entry.row.id, column: col.key, index: row });
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (editing || !current) return;
    const target = event.target as HTMLElement;
    if (!target.dataset.cell) return;
    const action = decideGridKey(event);
    if (action.kind === 'none') return;
    if (action.kind === 'tab') {
      const next = tabMove(current, action.step, flat.length, columns.length, false);
      if (!next) return; // the row's end: Tab leaves the grid
      event.preventDefault();
      moveTo(next.row, next.column);
      return;
    }
    event.preventDefault();
    const entry = flat[current.row];
    switch (action.kind) {
      case 'move': {
        const next = clampMove(current, action, flat.length, columns.length);
        moveTo(next.row, next.column);
        break;
      }
      case 'rowStart':
        moveTo(current.row, 0);
        break;
      case 'rowEnd':
        moveTo(current.row, columns.length - 1);
        break;
      case 'first':
        moveTo(0, current.column);
        break;
      case 'last':
        moveTo(flat.length - 1, current.column);
        break;
      case 'edit':
        if (entry && currentColumn) startEdit(entry.row.id, currentColumn, action.initialText);
        break;
      case 'reorder':
        if (entry && onReorder) {
          focusWanted.current = true;
          onReorder(entry.row, entry.section, action.step);
        }
        break;
    }
  }

  /** Ends the edit (saving it when asked); false when the value was refused and the editor stays open. */
  function finishEdit(save: boolean): boolean {
    if (!editing || !editOpen.current) return false;
    const entry = flat[rowIndex.get(editing.rowId) ?? -1];
    const column = columns.find((c) => c.key === editing.column);
    if (save && entry && column?.editor) {
      const parsed = column.editor.parse(editing.draft, entry.row);
      if (!parsed.ok) {
        setEditing({ ...editing, error: parsed.message });
        return false;
      }
      const refused = onCommit(entry.row, parsed.value);
      if (refused) {
        setEditing({ ...editing, error: refused });
        return false;
      }
    }
    editOpen.current = false;
    focusWanted.current = true;
    setEditing(null);
    return true;
  }

  function onEditorKeyDown(event: KeyboardEvent<HTMLElement>) {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finishEdit(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finishEdit(false);
    } else if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey && editing) {
      // Saved first, then on to the next cell: a date typed next lands in the date, not in the name.
      event.preventDefault();
      const at = { row: rowIndex.get(editing.rowId) ?? 0, column: Math.max(0, columns.findIndex((c) => c.key === editing.column)) };
      if (!finishEdit(true)) return;
      const next = tabMove(at, event.shiftKey ? -1 : 1, flat.length, columns.length, true);
      if (next) moveTo(next.row, next.column);
    }
  }

  function renderEditor(row: R, column: GridColumn<R>, state: Editing) {
    const editor = column.editor!;
    const errorId = `grid-error-${cellKey(row.id, column.key).replace(/[^a-zA-Z0-9_-]/g, '-')}`;
    const common = {
      'aria-label': column.header,
      'aria-invalid': state.error ? true : undefined,
      'aria-describedby': state.error ? errorId : undefined,
      autoFocus: true,
      onKeyDown: onEditorKeyDown,
      onBlur: () => finishEdit(true),
    } as const;
    return (
      <>
        {editor.kind === 'select' ? (
          <Select {...common} value={state.draft} onChange={(_, d) => setEditing({ ...state, draft: d.value, error: null })}>
            {editor.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        ) : (
          <Input {...common} value={state.draft} onChange={(_, d) => setEditing({ ...state, draft: d.value, error: null })} />
        )}
        {state.error && (
          <span id={errorId} role="alert" className={styles.error}>
            {state.error}
          </span>
        )}
      </>
    );
  }

  /** A cell's display, its flagged words underlined where the column is spell-checked. */
  function shown(row: R, column: GridColumn<R>): ReactNode {
    const display = column.display(row);
    return typeof display === 'string' && spelledColumns.includes(column) ? <SpelledText text={display} findings={spelling.findingsOf(display)} /> : display;
  }

  function renderRow(row: R) {
    const isActiveRow = row.id === currentId;
    return (
      <tr key={row.id} className={isActiveRow ? styles.activeRow : undefined} aria-selected={isActiveRow}>
        {columns.map((column) => {
          const isEditing = editing?.rowId === row.id && editing.column === column.key;
          const isActive = isActiveRow && column.key === currentColumn;
          return (
            <td
              key={column.key}
              data-cell={cellKey(row.id, column.key)}
              tabIndex={isEditing ? -1 : isActive ? 0 : -1}
              aria-readonly={column.editor ? undefined : true}
              className={mergeClasses(styles.cell, column.numeric && styles.numeric, isEditing && styles.editing)}
              onClick={() => onActiveChange({ rowId: row.id, column: column.key, index: rowIndex.get(row.id) ?? 0 })}
              onDoubleClick={() => startEdit(row.id, column.key, null)}
            >
              {isEditing && editing ? renderEditor(row, column, editing) : shown(row, column)}
            </td>
          );
        })}
      </tr>
    );
  }

  const sumRow = (key: string, sum: { label: string; cells: Record<string, string> }) => (
    <tr key={key}>
      {columns.map((column, i) =>
        i === 0 ? (
          <th key={column.key} scope="row" className={styles.sum}>
            {sum.label}
          </th>
        ) : (
          <td key={column.key} className={mergeClasses(styles.sum, column.numeric && styles.numeric)}>
            {sum.cells[column.key] ?? ''}
          </td>
        ),
      )}
    </tr>
  );

  return (
    <div className={styles.scroller}>
      <table ref={tableRef} role="grid" className={styles.table} aria-label={label} data-testid={testId} onKeyDown={onGridKeyDown} onContextMenu={spellMenu.onContextMenu}>
        <caption className={styles.caption}>{label}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={mergeClasses(styles.th, column.numeric && styles.numeric)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {flat.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={columns.length} className={styles.cell}>
                {emptyText}
              </td>
            </tr>
          </tbody>
        ) : (
          sections.map((section) => (
            <tbody key={section.key}>
              {section.heading !== undefined && (
                <tr>
                  <th colSpan={columns.length} scope="rowgroup" className={styles.band}>
                    {section.heading}
                  </th>
                </tr>
              )}
              {section.rows.map(renderRow)}
              {section.sum && sumRow(`${section.key}-sum`, section.sum)}
            </tbody>
          ))
        )}
        {total && <tfoot>{sumRow('total', total)}</tfoot>}
      </table>
      {spellMenu.menu}
    </div>
  );
}
