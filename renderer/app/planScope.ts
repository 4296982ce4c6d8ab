// Feature stores whose state belongs to the open plan (an export result, the selected chapter, filters, notices) are
// put back to their first state when another plan opens, so nothing of the previous plan shows in the next.
import type { StoreApi } from 'zustand';
import { usePlanStore } from './planStore';

const resets = new Set<() => void>();

/** Registers a store to be reset when the open plan changes; `keep` names fields that are the user's, not the plan's. */
export function resetWithPlan<T extends object>(store: StoreApi<T>, keep: readonly (keyof T)[] = []): void {
  const initial = store.getState();
  resets.add(() => {
    const now = store.getState();
    const kept = Object.fromEntries(keep.map((k) => [k, now[k]])) as Partial<T>;
    store.setState({ ...initial, ...kept }, true);
  });
}

/** Resets every registered store (exported for tests; the subscription below calls it). */
export function resetPlanScopedStores(): void {
  for (const reset of resets) reset();
}

let openPath = usePlanStore.getState().file?.path ?? null;
usePlanStore.subscribe((state) => {
  const path = state.file?.path ?? null;
  if (path === openPath) return;
  const previous = openPath;
  openPath = path;
  // The first plan of the session has nothing before it to forget.
  if (previous !== null) resetPlanScopedStores();
});
