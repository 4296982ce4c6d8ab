// Collects field changes and sends them through plan.mutate: debounced while typing (but at least every MAX_WAIT_MS,
// so a long burst of typing is never only in the page), at once on blur, flush() or sendNow().
// Later changes to the same field replace earlier unsent ones, so a burst of typing is one message per field.
import type { FieldChange } from '../../shared/domain/plan';
import type { WriteState } from './pendingWrites';

export type SendChanges = (changes: FieldChange[]) => Promise<void>;

export type ChangeQueue = {
  push(changes: FieldChange[], mode: 'debounced' | 'now'): void;
  flush(): Promise<void>;
  /** Starts sending what is queued in this task, beside any send in flight (the page is going away). */
  sendNow(): void;
  /** Changes not yet acknowledged by the services (queued or in flight). */
  busy(): boolean;
  /** The changes not yet answered (in flight, then queued), in order: a reload shows them over the file's values. */
  unconfirmed(): FieldChange[];
  state(): WriteState;
};

export const DEBOUNCE_MS = 300;
export const MAX_WAIT_MS = 1000;

export function createChangeQueue(send: SendChanges, onBusyChange: (busy: boolean) => void, delayMs = DEBOUNCE_MS, maxWaitMs = MAX_WAIT_MS): ChangeQueue {
  const pending = new Map<string, FieldChange>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstQueuedAt: number | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let sending = 0;
  const inFlightBatches = new Set<FieldChange[]>();

  const isBusy = () => pending.size > 0 || sending > 0;

  function takeBatch(): FieldChange[] {
    if (timer) clearTimeout(timer);
    timer = null;
    firstQueuedAt = null;
    const batch = [...pending.values()];
    pending.clear();
    return batch;
  }

  function track(sent: Promise<void>): Promise<void> {
    sending++;
    return sent.finally(() => {
      sending--;
      onBusyChange(isBusy());
    });
  }

  /** Sends a batch, remembering it until it is answered. */
  function sendBatch(batch: FieldChange[]): Promise<void> {
    inFlightBatches.add(batch);
    return send(batch).finally(() => inFlightBatches.delete(batch));
  }

  function flush(): Promise<void> {
    if (pending.size === 0) return inFlight;
    const batch = takeBatch();
    // Sends run one after another so the services see the changes in the order they were made.
    inFlight = track(inFlight.then(() => sendBatch(batch)));
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
      const now = Date.now();
      firstQueuedAt ??= now;
      if (timer) clearTimeout(timer);
      // The debounce restarts with each keystroke, but never past maxWait after the first unsent one.
      const wait = Math.max(0, Math.min(delayMs, firstQueuedAt + maxWaitMs - now));
      timer = setTimeout(() => void flush(), wait);
    },
    flush,
    sendNow() {
      if (pending.size === 0) return;
      // Not chained behind the send in flight: the page may be gone before that one is answered. The one in flight
      // left milliseconds earlier with older values, so it reaches the services first unless the two race.
      const sent = track(sendBatch(takeBatch()));
      inFlight = Promise.all([inFlight, sent]).then(() => undefined);
    },
    busy: isBusy,
    unconfirmed: () => [...[...inFlightBatches].flat(), ...pending.values()],
    state: () => (pending.size > 0 ? 'held' : sending > 0 ? 'sending' : 'idle'),
  };
}
