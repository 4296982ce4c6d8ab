// The browser transport: POST /api/<call> to the loopback bridge with the per-launch token.
// The token arrives once in the URL fragment (#token=…, never sent to a server), then lives in sessionStorage.
import type { ApiResult } from '../../shared/api/errors';
import { transportFailure, type Transport } from './transport';

const TOKEN_KEY = 'planverk.bridgeToken';
export const TOKEN_HEADER = 'x-planverk-token';

/** Takes the token out of the address bar (so it is not bookmarked or shown) and keeps it for reloads. */
export function takeBridgeToken(): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/plan');
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * Calls that carry a user's edits. They go with `keepalive`, so a request the page started is completed by the browser
 * even if the page reloads or closes the next moment (an ordinary fetch is cancelled with its page).
 */
const EDIT_CALLS = new Set(['plan.mutate', 'chapter.appendUpdate']);
/** Chromium refuses keepalive requests beyond 64 KiB in flight per page; larger edits go as ordinary requests. */
export const KEEPALIVE_BUDGET_BYTES = 60 * 1024;

export function createHttpTransport(token: string | null): Transport {
  let keepaliveBytes = 0;
  return {
    kind: 'http',
    onShellEvent: () => () => {},
    async invoke(name, args) {
      const body = JSON.stringify(args ?? {});
      // Bytes, not UTF-16 units: the budget is the encoded body's.
      const size = EDIT_CALLS.has(name) ? new Blob([body]).size : Infinity;
      const keepalive = keepaliveBytes + size <= KEEPALIVE_BUDGET_BYTES;
      if (keepalive) keepaliveBytes += size;
      try {
        const response = await fetch(`api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
          body,
          keepalive,
        });
        if (!response.ok) return transportFailure(`HTTP ${response.status}`);
        return (await response.json()) as ApiResult<unknown>;
      } catch (err) {
        return transportFailure(err instanceof Error ? err.message : String(err));
      } finally {
        if (keepalive) keepaliveBytes -= size;
      }
    },
  };
}
