// The editable overview grid: a real <table> with ARIA grid semantics (one tab stop, roving tabindex, aria-selected),
// sticky header row and first column. Rows are memoized so a cell edit re-renders its own row only.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useLayoutEffect, useMemo, useRef, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { openCommentTargets } from '../../../shared/domain/commentTarget';
import { cellId, type ResponsibilityLevel } from '../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { moveGroup } from '../../../shared/matrix/edits';
import { commitChanges } from './commitChanges';
import { columnHeading, cycleLevel, type GridModel, type GridRow } from './gridModel';
import { dropAreaChanges, nudgeAreaChanges, nudgeGroupChanges, setCellChanges } from './matrixActions';
import { useMatrixUi } from './matrixUiStore';

const useStyles = makeStyles({
  scroller: { overflow: 'auto', maxHeight: 'calc(100vh - 300px)', minHeight: '240px', border: `1px solid ${tokens.colorNeutralStroke2}`, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 8px' },
  colHead: {
    position: 'sticky', top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3, padding: '4px 6px', verticalAlign: 'bottom',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, minWidth: '64px', maxWidth: '120px', fontWeight: tokens.fontWeightSemibold, cursor: 'grab',
  },
  groupsLabel: { position: 'sticky', top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3, textAlign: 'center', padding: '2px 6px' },
  corner: { left: 0, zIndex: 3, minWidth: '220px', textAlign: 'left', cursor: 'default' },
  band: { backgroundColor: tokens.colorBrandBackground2, textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  bandText: { position: 'sticky', left: '8px' },
  rowHead: {
    position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, textAlign: 'left', fontWeight: tokens.fontWeightRegular,
    padding: '4px 8px 4px 20px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    minWidth: '220px', maxWidth: '320px', cursor: 'grab',
    '::before': { content: '"⠿"', position: 'absolute', left: '5px', color: tokens.colorNeutralForeground3 },
  },
  overarching: { fontWeight: tokens.fontWeightSemibold },
  sub: { paddingLeft: '36px' },
  cell: { textAlign: 'center', padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, cursor: 'pointer', userSelect: 'none' },
  // The tab stop is tinted; keyboard focus adds the focus ring on top, so focused and unfocused look different.
  active: { backgroundColor: tokens.colorBrandBackground2, ':focus': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' } },
  dropTarget: { boxShadow: `inset 0 3px 0 ${tokens.colorBrandStroke1}` },
  // An open comment thread: a corner mark as in a spreadsheet (no text, so the cell's name stays its code); screen
  // readers hear «Har kommentarer» through aria-describedby.
  commented: { backgroundImage: 'linear-gradient(225deg, #c50f1f 7px, transparent 7px)' },
  hidden: { display: 'none' },
});

const COMMENTED_NOTE_ID = 'matrix-commented-note';

type Styles = ReturnType<typeof useStyles>;
type Drag = { kind: 'area' | 'group'; id: string } | null;
// HTML5 drag data cannot be read during dragover; the dragged item is kept here for the drag's duration.
let dragging: Drag = null;

const LEVEL_KEYS: Record<string, ResponsibilityLevel> = { o: 'OpH', d: 'DpH', s: 'SpH' };

function cellKey(areaId: string, groupId: string | null): string {
  return `${areaId}|${groupId ?? ''}`;
}

type RowProps = {
  row: GridRow;
  levelsKey: string;
  groupIds: string[];
  codes: Record<ResponsibilityLevel, string>;
  activeCol: number;
  /** The columns (0 = the area itself) with an open comment thread, joined: a row re-renders when it changes. */
  commentedKey: string;
  styles: Styles;
};

const GridRowView = memo(
  function GridRowView({ row, groupIds, codes, activeCol, commentedKey, styles }: RowProps) {
    const commented = new Set(commentedKey.split(',').filter(Boolean).map(Number));
    const note = (col: number) => (commented.has(col) ? { 'aria-describedby': COMMENTED_NOTE_ID, 'data-commented': '' } : {});
    const headClass = mergeClasses(styles.rowHead, row.depth === 1 && styles.sub, row.overarching && styles.overarching, activeCol === 0 && styles.active, commented.has(0) && styles.commented);
    return (
      <tr data-area={row.area.id} data-theme={row.theme.id}>
        <th scope="row" className={headClass} tabIndex={activeCol === 0 ? 0 : -1} aria-selected={activeCol === 0} data-cell={cellKey(row.area.id, null)} draggable {...note(0)}>
          {row.area.name}
        </th>
        {row.levels.map((level, i) => (
          <td
            key={groupIds[i]}
            role="gridcell"
            className={mergeClasses(styles.cell, activeCol === i + 1 && styles.active, commented.has(i + 1) && styles.commented)}
            tabIndex={activeCol === i + 1 ? 0 : -1}
            aria-selected={activeCol === i + 1}
            data-cell={cellKey(row.area.id, groupIds[i]!)}
            {...note(i + 1)}
          >
            {level ? codes[level] : ''}
          </td>
        ))}
      </tr>
    );
  },
  (a, b) => a.row.area === b.row.area && a.row.overarching === b.row.overarching && a.row.depth === b.row.depth && a.levelsKey === b.levelsKey && a.activeCol === b.activeCol && a.commentedKey === b.commentedKey && a.groupIds === b.groupIds && a.codes === b.codes && a.styles === b.styles,
);

function parseCell(el: Element | null): { areaId: string; groupId: string | null } | null {
  const key = el?.closest('[data-cell]')?.getAttribute('data-cell');
  if (!key) return null;
  const [areaId, groupId] = key.split('|') as [string, string];
  return { areaId, groupId: groupId || null };
}

export function MatrixGrid({ model, caption, groupsLabel }: { model: GridModel; caption: string; groupsLabel: string }) {
  const styles = useStyles();
  const t = useT();
  const active = useMatrixUi((s) => s.active);
  const focusRequest = useMatrixUi((s) => s.focusRequest);
  const tableRef = useRef<HTMLTableElement>(null);
  // Same ids, same array (and same codes, same object): rows compare them by reference.
  const groupKey = model.groups.map((g) => g.id).join('|');
  const groupIds = useMemo(() => (groupKey ? groupKey.split('|') : []), [groupKey]);
  const codesKey = JSON.stringify(model.codes);
  const codes = useMemo(() => JSON.parse(codesKey) as Record<ResponsibilityLevel, string>, [codesKey]);
  const comments = usePlanStore((s) => s.plan?.comments);
  const openComments = useMemo(() => openCommentTargets(comments ?? []), [comments]);
  const commentedKeyOf = (areaId: string): string =>
    [openComments.has(`areas:${areaId}`) ? '0' : '', ...groupIds.map((g, i) => (openComments.has(`cells:${cellId(areaId, g)}`) ? String(i + 1) : ''))].filter(Boolean).join(',');

  // The tab stop: the active cell if it is shown, else the first cell.
  const activeRowIndex = active ? model.rows.findIndex((r) => r.area.id === active.areaId) : -1;
  const activeCol = activeRowIndex >= 0 && active ? (active.groupId === null ? 0 : groupIds.indexOf(active.groupId) + 1) : -1;
  const stopRow = activeRowIndex >= 0 && activeCol >= 0 ? activeRowIndex : 0;
  const stopCol = activeRowIndex >= 0 && activeCol >= 0 ? activeCol : groupIds.length > 0 ? 1 : 0;
  const stopAreaId = model.rows[stopRow]?.area.id;

  useLayoutEffect(() => {
    if (focusRequest === 0 || !active) return;
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cellKey(active.areaId, active.groupId))}"]`);
    if (el && document.activeElement !== el) el.focus();
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Focus follows a request (keys, panel links), not every re-render: typing in the detail panel must keep its focus.
  }, [focusRequest]); // eslint-disable-line react-hooks/exhaustive-deps

  const move = (r: number, c: number) => {
    const row = model.rows[Math.max(0, Math.min(model.rows.length - 1, r))];
    if (!row) return;
    const col = Math.max(0, Math.min(groupIds.length, c));
    useMatrixUi.getState().setActive({ areaId: row.area.id, groupId: col === 0 ? null : groupIds[col - 1]! }, true);
  };

  const setCell = (areaId: string, groupId: string, level: ResponsibilityLevel | null, alsoHolder: boolean) => {
    const plan = usePlanStore.getState().plan;
    if (plan) commitChanges(setCellChanges(plan, areaId, groupId, level, { alsoHolder }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const at = parseCell(e.target as Element);
    if (!at) return;
    const r = model.rows.findIndex((row) => row.area.id === at.areaId);
    const c = at.groupId === null ? 0 : groupIds.indexOf(at.groupId) + 1;
    const plan = usePlanStore.getState().plan;
    const ui = useMatrixUi.getState();
    const key = e.key;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.altKey && plan && (key === 'ArrowUp' || key === 'ArrowDown')) {
      handled();
      commitChanges(nudgeAreaChanges(plan, at.areaId, key === 'ArrowUp' ? -1 : 1));
      ui.setActive(at, true);
      return;
    }
    if (e.altKey && plan && at.groupId && (key === 'ArrowLeft' || key === 'ArrowRight')) {
      handled();
      commitChanges(nudgeGroupChanges(plan, at.groupId, key === 'ArrowLeft' ? -1 : 1));
      ui.setActive(at, true);
      return;
    }
    if (e.altKey || e.metaKey) return;
    if ((key === 'F10' && e.shiftKey) || key === 'ContextMenu') {
      handled();
      const row = model.rows[r];
      ui.openMenu({ target: e.target as HTMLElement, areaId: at.areaId, groupId: at.groupId, themeId: row?.theme.id ?? null });
      return;
    }
    if (e.ctrlKey) {
      if (key === 'Home') return void (handled(), move(0, c));
      if (key === 'End') return void (handled(), move(model.rows.length - 1, c));
      return;
    }
    switch (key) {
      case 'ArrowUp':
        return void (handled(), move(r - 1, c));
      case 'ArrowDown':
        return void (handled(), move(r + 1, c));
      case 'ArrowLeft':
        return void (handled(), move(r, c - 1));
      case 'ArrowRight':
        return void (handled(), move(r, c + 1));
      case 'Home':
        return void (handled(), move(r, 0));
      case 'End':
        return void (handled(), move(r, groupIds.length));
      case 'PageUp':
        return void (handled(), move(r - 10, c));
      case 'PageDown':
        return void (handled(), move(r + 10, c));
      case 'Enter':
        handled();
        ui.openDetail(at.areaId);
        return;
      case 'Delete':
      case 'Backspace':
        if (at.groupId) {
          handled();
          setCell(at.areaId, at.groupId, null, false);
        }
        return;
    }
    const level = LEVEL_KEYS[key.toLowerCase()];
    if (level && at.groupId) {
      handled();
      setCell(at.areaId, at.groupId, level, e.shiftKey);
    }
  };

  const onClick = (e: MouseEvent<HTMLTableElement>) => {
    const at = parseCell(e.target as Element);
    if (!at) return;
    useMatrixUi.getState().setActive(at, true);
    if (!at.groupId) return;
    const plan = usePlanStore.getState().plan;
    const level = plan?.cells.find((c) => c.areaId === at.areaId && c.groupId === at.groupId)?.level ?? null;
    setCell(at.areaId, at.groupId, cycleLevel(level), e.shiftKey);
  };

  const onContextMenu = (e: MouseEvent<HTMLTableElement>) => {
    const at = parseCell(e.target as Element);
    const groupId = (e.target as Element).closest('[data-group]')?.getAttribute('data-group') ?? at?.groupId ?? null;
    const themeId = (e.target as Element).closest('[data-theme]')?.getAttribute('data-theme') ?? null;
    if (!at && !groupId && !themeId) return;
    e.preventDefault();
    if (at) useMatrixUi.getState().setActive(at, true);
    useMatrixUi.getState().openMenu({ target: e.target as HTMLElement, areaId: at?.areaId ?? null, groupId, themeId });
  };

  const onDragStart = (e: DragEvent<HTMLTableElement>) => {
    const el = e.target as Element;
    const groupId = el.closest('th[data-group]')?.getAttribute('data-group');
    const at = parseCell(el);
    dragging = groupId ? { kind: 'group', id: groupId } : at && at.groupId === null ? { kind: 'area', id: at.areaId } : null;
    if (!dragging) return;
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', dragging.id);
  };

  const dropTargetOf = (el: Element): { areaId: string | null; themeId: string; groupId: null } | { groupId: string } | null => {
    if (dragging?.kind === 'group') {
      const groupId = el.closest('[data-group]')?.getAttribute('data-group');
      return groupId ? { groupId } : null;
    }
    const tr = el.closest('tr[data-theme]');
    const themeId = tr?.getAttribute('data-theme');
    if (!tr || !themeId) return null;
    return { areaId: tr.getAttribute('data-area'), themeId, groupId: null };
  };

  const onDragOver = (e: DragEvent<HTMLTableElement>) => {
    if (!dragging || !dropTargetOf(e.target as Element)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
  };

  const onDrop = (e: DragEvent<HTMLTableElement>) => {
    const drag = dragging;
    const target = dropTargetOf(e.target as Element);
    dragging = null;
    const plan = usePlanStore.getState().plan;
    if (!drag || !target || !plan) return;
    e.preventDefault();
    if (drag.kind === 'group' && target.groupId) {
      if (target.groupId === drag.id) return;
      const sorted = groupIds.indexOf(drag.id) < groupIds.indexOf(target.groupId) ? groupIds[groupIds.indexOf(target.groupId) + 1] ?? null : target.groupId;
      commitChanges(moveGroup(plan, drag.id, sorted));
      return;
    }
    if (drag.kind === 'area' && 'themeId' in target) {
      commitChanges(dropAreaChanges(plan, drag.id, target.areaId, target.themeId));
      useMatrixUi.getState().setActive({ areaId: drag.id, groupId: null }, true);
    }
  };

  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0} data-testid="matrix-scroller">
      <span id={COMMENTED_NOTE_ID} className={styles.hidden}>
        {t('who.hasComments')}
      </span>
      <table
        ref={tableRef}
        role="grid"
        className={styles.table}
        data-testid="matrix-overview"
        onKeyDown={onKeyDown}
        onClick={onClick}
        onContextMenu={onContextMenu}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onDragEnd={() => (dragging = null)}
        aria-describedby="matrix-grid-help"
      >
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className={mergeClasses(styles.colHead, styles.corner)}>
              {t('matrix.area')}
            </th>
            <th scope="colgroup" colSpan={Math.max(1, model.groups.length)} className={styles.groupsLabel}>
              {groupsLabel}
            </th>
          </tr>
          <tr>
            {model.groups.map((group) => (
              <th key={group.id} scope="col" className={styles.colHead} data-group={group.id} draggable title={group.leader ? `${group.name} – ${group.leader}` : group.name}>
                {columnHeading(group)}
              </th>
            ))}
          </tr>
        </thead>
        {model.bands.map((band) => (
          <tbody key={band.theme.id}>
            <tr data-theme={band.theme.id}>
              <th scope="rowgroup" colSpan={model.groups.length + 1} className={styles.band}>
                <span className={styles.bandText}>{band.theme.name}</span>
              </th>
            </tr>
            {band.rows.map((row) => {
              const isStop = row.area.id === stopAreaId;
              return (
                <GridRowView
                  key={row.area.id}
                  row={row}
                  levelsKey={row.levels.join('|')}
                  groupIds={groupIds}
                  codes={codes}
                  activeCol={isStop ? stopCol : -1}
                  commentedKey={commentedKeyOf(row.area.id)}
                  styles={styles}
                />
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
