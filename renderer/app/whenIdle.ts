import { useEffect, useState } from 'react';

// Work that may wait until the page is drawn: it runs when the browser is next idle (after the frame that shows what
// was just opened), or after `timeoutMs` at the latest (when given) on a busy machine. Returns the cancel function.
export function whenIdle(run: () => void, timeoutMs?: number): () => void {
  const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(run, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
}

/**
 * False until the browser is first idle after the component was drawn (or `timeoutMs` has passed): for parts of a page
 * that are not on screen when it opens (the comments under a long chapter), so that its first paint does not wait.
 */
export function useIdleSinceMount(timeoutMs?: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeoutMs), [timeoutMs]);
  return idle;
}
