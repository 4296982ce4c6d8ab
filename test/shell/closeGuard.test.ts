// Closing the window or quitting the app with typed text still held in the page: the shell's handlers (electron
// replaced by stand-ins) hold the close, the page sends its edits through the real services, and only then does the
// window close or the app quit; a page that never answers delays the exit by the time limit only.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShellEvent } from '../../shared/api/shellEvents';
import { createHandlers } from '../../electron/services/api/handlers';
import { dispatch } from '../../electron/services/api/dispatch';
import { createSession, type Session } from '../../electron/services/session';
import { openPlanFile } from '../../electron/services/store';

vi.mock('electron', () => ({}));
const { createExitGuard, createFlushCoordinator } = await import('../../electron/shell/closeGuard');

class FakeWindow extends EventEmitter {
  destroyed = false;
  closes = 0;
  isDestroyed = () => this.destroyed;
  /** BrowserWindow.close(): emits 'close'; closes unless a listener prevented it. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.closes++;
      this.destroyed = true;
    }
  }
}

class FakeApp extends EventEmitter {
  quits = 0;
  quit(): void {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quits++;
  }
}

const sessions: Session[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

/** The real services, and a page that holds one typed title until the shell asks it to flush. */
function setup(options: { pageAnswers: boolean; timeoutMs?: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-close-'));
  const path = join(dir, 'Plan.planverk');
  const session = createSession();
  sessions.push(session);
  const flushes = createFlushCoordinator(options.timeoutMs);
  const handlers = createHandlers(session, { mode: 'electron', onFlushed: (id) => flushes.answered(id) });
  session.create(path, { sample: false });
  const planId = session.requireCurrent().readPlan().plan.id;
  const typed = `Skrevet rett før lukking ${Math.random().toString(36).slice(2)}`;
  const window = new FakeWindow();
  // The page: on flush-request it sends what it holds, then answers app.flushed (as renderer/app/shellEvents.ts does).
  const page = async (event: ShellEvent) => {
    if (event.kind !== 'flush-request' || !options.pageAnswers) return;
    await new Promise((r) => setTimeout(r, 30));
    await dispatch(handlers, 'plan.mutate', { changes: [{ table: 'plan', id: planId, column: 'title', value: typed }] });
    await dispatch(handlers, 'app.flushed', { requestId: event.requestId });
  };
  const guard = createExitGuard(() => (window.destroyed ? Promise.resolve('no-page') : flushes.request((e) => void page(e))));
  guard.guardWindow(window);
  const app = new FakeApp();
  guard.guardQuit(app);
  const titleInFile = () => {
    session.close();
    const file = openPlanFile(path, { readOnly: true });
    try {
      return file.readPlan().plan.title;
    } finally {
      file.close();
    }
  };
  return { window, app, typed, titleInFile };
}

const waitFor = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('closing the window and quitting wait for the page to send what it holds', () => {
  it('type and close the window: the close waits for the flush, then the typed text is in the file', async () => {
    const { window, typed, titleInFile } = setup({ pageAnswers: true });
    const started = Date.now();
    window.close();
    expect(window.destroyed).toBe(false);
    await waitFor(() => window.destroyed);
    expect(window.closes).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(titleInFile()).toBe(typed);
  });

  it('type and quit the app: the quit waits for the flush, runs once, and the closes that follow pass at once', async () => {
    const { window, app, typed, titleInFile } = setup({ pageAnswers: true });
    app.quit();
    expect(app.quits).toBe(0);
    await waitFor(() => app.quits === 1);
    window.close();
    expect(window.destroyed).toBe(true);
    expect(titleInFile()).toBe(typed);
  });

  it('a page that never answers holds the close only until the time limit', async () => {
    const { window, app } = setup({ pageAnswers: false, timeoutMs: 150 });
    const started = Date.now();
    window.close();
    await waitFor(() => window.destroyed);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(1500);
    app.quit();
    await waitFor(() => app.quits === 1);
  });

  it('app.flushed answers only a request that is waiting (a stray or repeated answer does nothing)', async () => {
    const flushes = createFlushCoordinator(1000);
    let requestId = '';
    const outcome = flushes.request((e) => (requestId = e.kind === 'flush-request' ? e.requestId : ''));
    expect(flushes.answered('not-a-request')).toBe(false);
    expect(flushes.answered(requestId)).toBe(true);
    expect(flushes.answered(requestId)).toBe(false);
    expect(await outcome).toBe('flushed');
  });
});
