// The page's main-thread CPU time between two performance marks, from a Chromium trace: the thread time of each task
// the renderer ran in between (script, style, layout, paint, GC), not the wall time. On the shared 2-core machine the
// wall time of an open stretches with everyone else's load (the review chapter's open measured 1.22× to 2.10× of the
// plain one's with the same code within minutes at load 6–10, bench suggestEditor); the thread time of the same work
// moved by a few per cent (review − plain 12–16 ms over four runs at load 5–8).
import type { Page } from 'playwright-core';

/** A task of a thread's loop (the name differs with the categories traced). */
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

type TraceEvent = { name: string; cat?: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number };

/** Runs `work` with the page traced; returns the trace's events. */
export async function traced(page: Page, work: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => events.push(...(e.value as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

/**
 * For each `start` mark in the trace (in order), the ms of main-thread CPU from it to the next `end` mark: the thread
 * time of the tasks that began in between. The task the start mark is made in is left out: in the bench it is the
 * page receiving the call with its arguments (the chapter's state), and what it does after the mark is scheduling.
 */
export function mainThreadCpuBetween(events: readonly TraceEvent[], start: string, end: string): number[] {
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && (e.name === start || e.name === end)).sort((a, b) => a.ts - b.ts);
  const first = marks[0];
  if (!first) return [];
  // The marks are made on the page's main thread: its tasks are the ones counted.
  const tasks = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && TASK.has(e.name)).sort((a, b) => a.ts - b.ts);
  const out: number[] = [];
  marks.forEach((mark, i) => {
    if (mark.name !== start) return;
    const stop = marks.slice(i + 1).find((m) => m.name === end);
    if (!stop) return;
    let cpu = 0;
    let busyUntil = 0;
    for (const task of tasks) {
      if (task.ts < mark.ts || task.ts > stop.ts || task.ts < busyUntil) continue;
      // A task run inside another (a nested loop) is part of that one's time.
      busyUntil = task.ts + (task.dur ?? 0);
      cpu += task.tdur ?? task.dur ?? 0;
    }
    out.push(cpu / 1000);
  });
  return out;
}
