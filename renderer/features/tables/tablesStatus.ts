// The polite announcement under the tables and the hearing ("Raden er slettet …", "Angret"), and what it says after
// an undo or redo (the keys and the menu are the app's one history handler's: renderer/commands/historyKeys.ts).
import { useEffect } from 'react';
import { create } from 'zustand';
import { resetWithPlan } from '../../app/planScope';
import type { Translate } from '../../app/i18n';
import { onHistoryStep, stepHistory } from '../../commands/commandBus';
import type { HistoryOutcome, HistoryStep } from '../../commands/commandCore';

type StatusState = { message: string; announce(message: string): void };

export const useTablesStatus = create<StatusState>((set) => ({
  message: '',
  announce: (message) => set({ message }),
}));

/** The page's undo and redo buttons. */
export function undoOrRedo(step: HistoryStep): Promise<HistoryOutcome> {
  return stepHistory(step);
}

/** A notice («Siste endring er angret.») belongs to the page that said it: leaving the page ends it. */
export function useNoticesEndWithPage(): void {
  useEffect(() => () => useTablesStatus.getState().announce(''), []);
}

/** Says what an undo or redo did while the page is shown; a refusal is the banner's to say. */
export function useHistoryAnnouncements(t: Translate): void {
  useEffect(
    () =>
      onHistoryStep((step, outcome) => {
        if (outcome === 'refused') return;
        const done = outcome === 'done';
        const key = step === 'undo' ? (done ? 'tables.undone' : 'tables.nothingToUndo') : done ? 'tables.redone' : 'tables.nothingToRedo';
        useTablesStatus.getState().announce(t(key));
      }),
    [t],
  );
}

resetWithPlan(useTablesStatus);
