// What a key does in an editable grid whose cell has focus (not while a cell is being edited): the spreadsheet habits
// advisers bring from Excel and Word tables, decided apart from the DOM so the rules are easy to read and test.

export type GridKey = { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean };

export type GridAction =
  | { kind: 'move'; rows: number; columns: number }
  | { kind: 'rowStart' }
  | { kind: 'rowEnd' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'edit'; initialText: string | null }
  | { kind: 'reorder'; step: -1 | 1 }
  | { kind: 'tab'; step: -1 | 1 }
  | { kind: 'none' };

export function decideGridKey(event: GridKey): GridAction {
  const ctrl = event.ctrlKey || event.metaKey;
  if (event.altKey && !ctrl) {
    if (event.key === 'ArrowUp') return { kind: 'reorder', step: -1 };
    if (event.key === 'ArrowDown') return { kind: 'reorder', step: 1 };
    return { kind: 'none' };
  }
  switch (event.key) {
    case 'Tab':
      return ctrl ? { kind: 'none' } : { kind: 'tab', step: event.shiftKey ? -1 : 1 };
    case 'ArrowUp':
      return { kind: 'move', rows: -1, columns: 0 };
    case 'ArrowDown':
      return { kind: 'move', rows: 1, columns: 0 };
    case 'ArrowLeft':
      return { kind: 'move', rows: 0, columns: -1 };
    case 'ArrowRight':
      return { kind: 'move', rows: 0, columns: 1 };
    case 'PageUp':
      return { kind: 'move', rows: -10, columns: 0 };
    case 'PageDown':
      return { kind: 'move', rows: 10, columns: 0 };
    case 'Home':
      return ctrl ? { kind: 'first' } : { kind: 'rowStart' };
    case 'End':
      return ctrl ? { kind: 'last' } : { kind: 'rowEnd' };
    case 'Enter':
    case 'F2':
      return ctrl ? { kind: 'none' } : { kind: 'edit', initialText: null };
  }
  // Typing a character starts editing with that character, as in a spreadsheet.
  if (!ctrl && event.key.length === 1 && event.key !== ' ') return { kind: 'edit', initialText: event.key };
  return { kind: 'none' };
}

/** A position moved by (rows, columns) and kept inside a grid of rowCount × columnCount. */
export function clampMove(at: { row: number; column: number }, by: { rows: number; columns: number }, rowCount: number, columnCount: number) {
  return {
    row: Math.max(0, Math.min(rowCount - 1, at.row + by.rows)),
    column: Math.max(0, Math.min(columnCount - 1, at.column + by.columns)),
  };
}

/**
 * Where Tab (step 1) or Shift+Tab (step -1) goes from a cell, as in Excel: along the row, then on to the next row's
 * first cell (or back to the previous row's last). `wrapRows: false` (a cell that is not being edited) stops at the
 * row's ends instead, so that Tab leaves the grid there and the grid never traps the keyboard. null = leave the grid.
 */
export function tabMove(at: { row: number; column: number }, step: -1 | 1, rowCount: number, columnCount: number, wrapRows: boolean) {
  const column = at.column + step;
  if (column >= 0 && column < columnCount) return { row: at.row, column };
  if (!wrapRows) return null;
  const row = at.row + step;
  if (row < 0 || row >= rowCount) return null;
  return { row, column: step > 0 ? 0 : columnCount - 1 };
}
