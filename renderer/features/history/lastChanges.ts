// «Endret av» of the rows on screen: history.lastChanges of a table, read again whenever a write reached the file (the
// save time moves: edits, undo, merges, chapter text), not on every key typed. No timer of its own: a page whose clock a
// test pauses must see only the app's own timers. One read per table at a time; a write meanwhile reads again.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { ChangeStamp } from '../../../shared/api/calls/history';
import type { TableName } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
import { resetWithPlan } from '../../app/planScope';

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
  const open = usePlanStore((s) => s.plan !== null);
  const savedAt = usePlanStore((s) => s.savedAt);
  const stamp = useStamps((s) => (id === null ? null : (s.byTable[table]?.[id] ?? null)));
  useEffect(() => {
    if (open) void readStamps(table);
  }, [table, open, savedAt]);
  return stamp;
}
