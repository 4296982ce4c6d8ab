// The plan's word list as the renderer uses it: read from the open plan, changed through the one command path (so
// «Legg til i ordlisten» is one undo step and reaches the file like any edit).
import { useMemo } from 'react';
import { planWordChanges, planWordsOf } from '../../../shared/domain/planWord';
import { usePlanStore } from '../../app/planStore';
import { commit } from '../../commands/commandBus';

/** The plan's words, the same array until the list changes (the editor checks again only then). */
export function usePlanWords(): readonly string[] {
  const rows = usePlanStore((s) => s.plan?.planWords);
  return useMemo(() => planWordsOf(rows), [rows]);
}

export function addPlanWord(word: string): boolean {
  const changes = planWordChanges(word, true);
  return commit(changes, { mode: 'now', rows: { planWords: [{ id: changes[0]!.id, word }] } });
}

export function removePlanWord(word: string): boolean {
  return commit(planWordChanges(word, false), { mode: 'now' });
}
