// Nothing typed is lost when the window closes or the app quits: the shell holds the close (or quit), asks the
// renderer to send every edit it still holds (a `flush-request` shell event), and goes on when the renderer answers
// with app.flushed, or when the time limit has passed (a hung or crashed page must not keep the app open).
import { randomUUID } from 'node:crypto';
import type { ShellEvent } from '../../shared/api/shellEvents';

/** Long enough for a slow disk to take a last chapter update; short enough that a hung page does not hold the app. */
export const FLUSH_TIMEOUT_MS = 5000;

export type FlushOutcome = 'flushed' | 'timeout' | 'no-page';

export type FlushCoordinator = {
  /** Sends a flush-request through `send` and resolves on the renderer's answer or after the time limit. */
  request(send: (event: ShellEvent) => void): Promise<FlushOutcome>;
  /** app.flushed: true when it answers a request still waiting. */
  answered(requestId: string): boolean;
};

export function createFlushCoordinator(timeoutMs = FLUSH_TIMEOUT_MS): FlushCoordinator {
  const waiting = new Map<string, () => void>();
  return {
    request(send) {
      const requestId = randomUUID();
      return new Promise<FlushOutcome>((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(requestId);
          resolve('timeout');
        }, timeoutMs);
        waiting.set(requestId, () => {
          clearTimeout(timer);
          waiting.delete(requestId);
          resolve('flushed');
        });
        send({ kind: 'flush-request', requestId });
      });
    },
    answered(requestId) {
      const done = waiting.get(requestId);
      done?.();
      return done !== undefined;
    },
  };
}

type PreventableEvent = { preventDefault(): void };
/** The parts of BrowserWindow and App the guard uses (so tests can pass stand-ins). */
export type GuardedWindow = { on(event: 'close', listener: (event: PreventableEvent) => void): unknown; close(): void; isDestroyed(): boolean };
export type GuardedApp = { on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown; quit(): void };

/**
 * Holds the window's close and the app's quit until `flushRenderer` has resolved. One flush serves both: a quit
 * closes the windows afterwards, and those closes go through at once.
 */
export function createExitGuard(flushRenderer: () => Promise<FlushOutcome>) {
  let flushedForExit = false;
  let flushing: Promise<FlushOutcome> | null = null;
  const flushOnce = (): Promise<FlushOutcome> => (flushing ??= flushRenderer().finally(() => (flushing = null)));

  return {
    guardWindow(window: GuardedWindow): void {
      let mayClose = false;
      window.on('close', (event) => {
        if (mayClose || flushedForExit) return;
        event.preventDefault();
        void flushOnce().then(() => {
          mayClose = true;
          if (!window.isDestroyed()) window.close();
        });
      });
    },
    guardQuit(app: GuardedApp): void {
      app.on('before-quit', (event) => {
        if (flushedForExit) return;
        event.preventDefault();
        void flushOnce().then(() => {
          flushedForExit = true;
          app.quit();
        });
      });
    },
  };
}
