// The bench's main-thread CPU figure (mainThreadCpu.ts) read from a trace: tasks between two marks on the marks' thread.
import { describe, expect, it } from 'vitest';
import { mainThreadCpuBetween } from './mainThreadCpu';

const MAIN = { pid: 1, tid: 7 };
const mark = (name: string, ts: number) => ({ name, cat: 'blink.user_timing', ph: 'R', ts, ...MAIN });
const task = (ts: number, dur: number, tdur: number, thread = MAIN) => ({ name: 'RunTask', cat: 'toplevel', ph: 'X', ts, dur, tdur, ...thread });

describe('main-thread CPU between two marks', () => {
  it('sums the thread time of the tasks that began between each start mark and the next end mark, on the marks\' thread', () => {
    const events = [
      // The call's own task holds the start mark: left out.
      task(900, 200, 150),
      mark('open:start', 1000),
      task(1200, 5000, 4000),
      // Nested in the one before: part of its time.
      task(1300, 100, 100),
      // Another thread (a worker, the compositor): not counted.
      task(1400, 3000, 3000, { pid: 1, tid: 9 }),
      task(7000, 2000, 1500),
      mark('open:paint', 9500),
      task(9600, 1000, 1000),
      mark('open:start', 20_000),
      task(20_100, 3000, 2000),
      mark('open:paint', 24_000),
    ];
    expect(mainThreadCpuBetween(events, 'open:start', 'open:paint')).toEqual([5.5, 2]);
  });

  it('no marks: nothing', () => {
    expect(mainThreadCpuBetween([task(0, 10, 10)], 'open:start', 'open:paint')).toEqual([]);
  });
});
