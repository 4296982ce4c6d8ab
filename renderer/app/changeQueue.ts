// Collects field changes and sends them through plan.mutate: debounced while typing, at once on blur or flush().
// Later changes to the same field replace earlier unsent ones, so a burst of typing is one message per field.
import type { FieldChange } from '../../shared/domain/plan';

export type SendChanges = (changes: FieldChange[]) => Promise<void>;

export type ChangeQueue = {
  push(changes: FieldChange[], mode: 'debounced' | 'now'): void;
  flush(): Promise<void>;
  /** Changes not yet acknowledged by the services (queued or in flight). */
  busy(): boolean;
};

export const DEBOUNCE_MS = 300;

export function createChangeQueue(send: SendChanges, onBusyChange: (busy: boolean) => void, delayMs = DEBOUNCE_MS): ChangeQueue {
  const pending = new Map<string, FieldChange>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let sending = 0;

  const isBusy = () => pending.size > 0 || sending > 0;

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.size === 0) return inFlight;
    const batch = [...pending.values()];
    pending.clear();
    sending++;
    // Sends run one after another so the services see the changes in the order they were made.
    inFlight = inFlight
      .then(() => send(batch))
      .finally(() => {
        sending--;
        onBusyChange(isBusy());
      });
    return inFlight;
  }

  return {
    push(changes, mode) {
      for (const change of changes) pending.set(`${change.table}\u0000${change.id}\u0000${change.column}`, change);
      onBusyChange(true);
      if (mode === 'now') {
        void flush();
        return;
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    busy: isBusy,
  };
}
