// The editable grid's key rules (spreadsheet habits), the history shortcuts and the day parser behind "Dato for status".
import { describe, expect, it } from 'vitest';
import { parseDayText } from '../../../../renderer/features/tables/dateText';
import { decideHistoryKey } from '../../../../renderer/commands/historyKeys';
import { clampMove, decideGridKey, tabMove, type GridKey } from '../../../../renderer/features/tables/gridKeys';


const key = (k: string, mods: Partial<GridKey> = {}): GridKey => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('grid keys', () => {
  it('moves with arrows and pages, jumps with Home/End and Ctrl+Home/End', () => {
    expect(decideGridKey(key('ArrowDown'))).toEqual({ kind: 'move', rows: 1, columns: 0 });
    expect(decideGridKey(key('ArrowLeft'))).toEqual({ kind: 'move', rows: 0, columns: -1 });
    expect(decideGridKey(key('PageDown'))).toEqual({ kind: 'move', rows: 10, columns: 0 });
    expect(decideGridKey(key('Home'))).toEqual({ kind: 'rowStart' });
    expect(decideGridKey(key('End', { ctrlKey: true }))).toEqual({ kind: 'last' });
  });

  it('edits on Enter and F2, or starts typing with the character pressed', () => {
    expect(decideGridKey(key('Enter'))).toEqual({ kind: 'edit', initialText: null });
    expect(decideGridKey(key('F2'))).toEqual({ kind: 'edit', initialText: null });
    expect(decideGridKey(key('J'))).toEqual({ kind: 'edit', initialText: 'J' });
    expect(decideGridKey(key('c', { ctrlKey: true }))).toEqual({ kind: 'none' });
    expect(decideGridKey(key(' '))).toEqual({ kind: 'none' });
  });

  it('reorders with Alt+↑/↓ only', () => {
    expect(decideGridKey(key('ArrowUp', { altKey: true }))).toEqual({ kind: 'reorder', step: -1 });
    expect(decideGridKey(key('ArrowDown', { altKey: true }))).toEqual({ kind: 'reorder', step: 1 });
    expect(decideGridKey(key('ArrowLeft', { altKey: true }))).toEqual({ kind: 'none' });
  });

  it('Tab and Shift+Tab move to the next and previous cell as in Excel, on to the next row while editing', () => {
    expect(decideGridKey(key('Tab'))).toEqual({ kind: 'tab', step: 1 });
    expect(decideGridKey(key('Tab', { shiftKey: true }))).toEqual({ kind: 'tab', step: -1 });
    expect(decideGridKey(key('Tab', { ctrlKey: true }))).toEqual({ kind: 'none' });
    // Editing (wrapRows): along the row, then the next row's first cell / the previous row's last; null past the grid.
    expect(tabMove({ row: 0, column: 0 }, 1, 3, 4, true)).toEqual({ row: 0, column: 1 });
    expect(tabMove({ row: 0, column: 3 }, 1, 3, 4, true)).toEqual({ row: 1, column: 0 });
    expect(tabMove({ row: 1, column: 0 }, -1, 3, 4, true)).toEqual({ row: 0, column: 3 });
    expect(tabMove({ row: 2, column: 3 }, 1, 3, 4, true)).toBeNull();
    expect(tabMove({ row: 0, column: 0 }, -1, 3, 4, true)).toBeNull();
    // Not editing: the row's ends let Tab leave the grid (it must never trap the keyboard).
    expect(tabMove({ row: 0, column: 3 }, 1, 3, 4, false)).toBeNull();
    expect(tabMove({ row: 1, column: 0 }, -1, 3, 4, false)).toBeNull();
    expect(tabMove({ row: 1, column: 2 }, -1, 3, 4, false)).toEqual({ row: 1, column: 1 });
  });

  it('keeps moves inside the grid', () => {
    expect(clampMove({ row: 0, column: 0 }, { rows: -1, columns: -1 }, 5, 3)).toEqual({ row: 0, column: 0 });
    expect(clampMove({ row: 3, column: 2 }, { rows: 10, columns: 1 }, 5, 3)).toEqual({ row: 4, column: 2 });
  });
});

describe('history keys', () => {
  const k = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean } = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo, ⌘ works as Ctrl, anything else is not history', () => {
    expect(decideHistoryKey(k('z', { ctrlKey: true }))).toBe('undo');
    expect(decideHistoryKey(k('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(decideHistoryKey(k('y', { ctrlKey: true }))).toBe('redo');
    expect(decideHistoryKey(k('z', { metaKey: true }))).toBe('undo');
    expect(decideHistoryKey(k('z'))).toBeNull();
    expect(decideHistoryKey(k('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

describe('day text', () => {
  it('reads Norwegian and ISO dates, clears on empty, refuses days that do not exist', () => {
    expect(parseDayText('01.02.2025')).toEqual({ ok: true, value: '2025-02-01' });
    expect(parseDayText('1.2.25')).toEqual({ ok: true, value: '2025-02-01' });
    expect(parseDayText('2025-02-01')).toEqual({ ok: true, value: '2025-02-01' });
    expect(parseDayText('  ')).toEqual({ ok: true, value: null });
    expect(parseDayText('30.02.2025').ok).toBe(false);
    expect(parseDayText('februar').ok).toBe(false);
  });
});
