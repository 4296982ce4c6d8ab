// The polite announcement under the tables and the hearing ("Raden er slettet …", "Angret"), and the undo/redo keys.
import { useEffect } from 'react';
import { create } from 'zustand';
import { resetWithPlan } from '../../app/planScope';
import type { Translate } from '../../app/i18n';
import { decideHistoryKey } from './gridKeys';
import { stepHistory, type HistoryStep } from './listEdits';

type StatusState = { message: string; announce(message: string): void };

export const useTablesStatus = create<StatusState>((set) => ({
  message: '',
  announce: (message) => set({ message }),
}));

export async function undoOrRedo(step: HistoryStep, t: Translate): Promise<void> {
  const done = await stepHistory(step);
  const key = step === 'undo' ? (done ? 'tables.undone' : 'tables.nothingToUndo') : done ? 'tables.redone' : 'tables.nothingToRedo';
  useTablesStatus.getState().announce(t(key));
}

/** Text fields keep their own Ctrl+Z for the text being typed; elsewhere on the page it undoes the last saved edit. */
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A notice («Siste endring er angret.») belongs to the page that said it: leaving the page ends it. */
export function useNoticesEndWithPage(): void {
  useEffect(() => () => useTablesStatus.getState().announce(''), []);
}

export function useUndoShortcuts(t: Translate): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const step = decideHistoryKey(event);
      if (!step || ownsUndo(event.target)) return;
      event.preventDefault();
      void undoOrRedo(step, t);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [t]);
}

resetWithPlan(useTablesStatus);
