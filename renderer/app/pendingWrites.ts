// Every place that holds a user's edits before the file has them (the field-change queue, the chapter editor's
// batch) registers here, so the header can say honestly whether everything is saved, and so the page can push it all
// out at once when it is about to go away (reload, tab closed, window closed, app quit).
import { create } from 'zustand';

/** 'held': edits only in this page; 'sending': on their way to the file; 'idle': the file has everything. */
export type WriteState = 'idle' | 'sending' | 'held';

export type WriteSource = {
  state(): WriteState;
  /** Starts the requests for everything held before returning (the page may be gone in the next task). */
  sendNow(): void;
  /** Resolves when everything held or in flight has been answered by the services. */
  settle(): Promise<void>;
};

type WriteStatus = {
  state: WriteState;
  /** The last write was not taken by the file (services unreachable or the write refused). Cleared by the next success. */
  lastFailed: boolean;
};

export const useWriteStatus = create<WriteStatus>(() => ({ state: 'idle', lastFailed: false }));

const sources = new Set<WriteSource>();
const RANK: Record<WriteState, number> = { idle: 0, sending: 1, held: 2 };

/** Recomputes the combined state; sources call it whenever theirs may have changed. */
export function noteWriteState(): void {
  let state: WriteState = 'idle';
  for (const source of sources) {
    const s = source.state();
    if (RANK[s] > RANK[state]) state = s;
  }
  if (useWriteStatus.getState().state !== state) useWriteStatus.setState({ state });
}

/** A write was answered: failed ones keep the header from saying «Lagret» until a later write succeeds. */
export function noteWriteOutcome(ok: boolean): void {
  if (useWriteStatus.getState().lastFailed !== !ok) useWriteStatus.setState({ lastFailed: !ok });
}

export function registerWriteSource(source: WriteSource): () => void {
  sources.add(source);
  noteWriteState();
  return () => {
    sources.delete(source);
    noteWriteState();
  };
}

/** The page is going away: every held edit leaves now, in this task. */
export function sendAllNow(): void {
  for (const source of sources) source.sendNow();
}

/** Everything held is sent and answered (before a window closes or the app quits). */
export async function flushAllWrites(): Promise<void> {
  sendAllNow();
  await Promise.all([...sources].map((s) => s.settle()));
}
