// The page's held edits: the header's combined state (held beats sending beats idle), and every way the page can go
// away (beforeunload, pagehide, a hidden tab) starts the sends of every source in the same task.
import { afterEach, describe, expect, it } from 'vitest';
import { flushAllWrites, noteWriteState, registerWriteSource, useWriteStatus, type WriteState } from '../../../renderer/app/pendingWrites';
import { sendEditsOnPageExit } from '../../../renderer/app/pageExit';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function source(initial: WriteState) {
  const s = { state: initial, sentNow: 0, settled: 0 };
  cleanups.push(
    registerWriteSource({
      state: () => s.state,
      sendNow: () => {
        s.sentNow++;
        s.state = 'sending';
      },
      settle: async () => {
        s.settled++;
        s.state = 'idle';
      },
    }),
  );
  return s;
}

/** A window stand-in: the events pageExit listens to, and a visibility state. */
function fakeWindow() {
  const target = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as 'visible' | 'hidden' });
  return Object.assign(target, { document: doc }) as unknown as Window & { document: typeof doc };
}

describe('pending writes', () => {
  it('says held while any source holds edits, sending while any is on its way, idle only when all are answered', () => {
    const a = source('idle');
    const b = source('idle');
    expect(useWriteStatus.getState().state).toBe('idle');
    a.state = 'sending';
    noteWriteState();
    expect(useWriteStatus.getState().state).toBe('sending');
    b.state = 'held';
    noteWriteState();
    expect(useWriteStatus.getState().state).toBe('held');
    a.state = 'idle';
    b.state = 'idle';
    noteWriteState();
    expect(useWriteStatus.getState().state).toBe('idle');
  });

  it('flushAllWrites sends every source now and waits until each has settled', async () => {
    const a = source('held');
    const b = source('held');
    await flushAllWrites();
    expect([a.sentNow, b.sentNow, a.settled, b.settled]).toEqual([1, 1, 1, 1]);
  });

  it('beforeunload, pagehide and a hidden tab each send every held edit in the same task; a visible tab does not', () => {
    const a = source('held');
    const win = fakeWindow();
    cleanups.push(sendEditsOnPageExit(win));
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(a.sentNow).toBe(0);
    win.document.visibilityState = 'hidden';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(a.sentNow).toBe(1);
    win.dispatchEvent(new Event('beforeunload'));
    expect(a.sentNow).toBe(2);
    win.dispatchEvent(new Event('pagehide'));
    expect(a.sentNow).toBe(3);
  });
});
