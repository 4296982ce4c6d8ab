// «Endret av» of the rows on screen: history.lastChanges of a table, read again once the plan has changed and the edits
// are quiet (typing in a field changes the plan on every key). One read per table at a time; a change meanwhile reads again.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { ChangeStamp } from '../../../shared/api/calls/history';
import type { TableName } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
import { resetWithPlan } from '../../app/planScope';

/** How long the plan must stay unchanged before the stamps are read again. */
const READ_AFTER_MS = 250;

type Stamps = Readonly<Record<string, ChangeStamp>>;
const useStamps = create<{ byTable: Partial<Record<TableName, Stamps>> }>(() => ({ byTable: {} }));
resetWithPlan(useStamps);

const reading = new Map<TableName, { again: boolean }>();

async function readStamps(table: TableName): Promise<void> {
  const running = reading.get(table);
  if (running) {
    running.again = true;
    return;
  }
  const state = { again: false };
  reading.set(table, state);
  try {
    do {
      state.again = false;
      const result = await api.call('history.lastChanges', { table });
      // No plan open (closed meanwhile) or an old file: nothing to show rather than a banner over a side line.
      if (result.ok) useStamps.setState((s) => ({ byTable: { ...s.byTable, [table]: result.value } }));
    } while (state.again);
  } finally {
    reading.delete(table);
  }
}

/** The last change of one row (null: none known yet, or no row), kept current while the component is shown. */
export function useLastChange(table: TableName, id: string | null): ChangeStamp | null {
  const plan = usePlanStore((s) => s.plan);
  const savedAt = usePlanStore((s) => s.savedAt);
  const stamp = useStamps((s) => (id === null ? null : (s.byTable[table]?.[id] ?? null)));
  useEffect(() => {
    if (!plan) return;
    const timer = setTimeout(() => void readStamps(table), READ_AFTER_MS);
    return () => clearTimeout(timer);
  }, [table, plan, savedAt]);
  return stamp;
}
