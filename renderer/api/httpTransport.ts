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

export function createHttpTransport(token: string | null): Transport {
  return {
    kind: 'http',
    onShellEvent: () => () => {},
    async invoke(name, args) {
      try {
        const response = await fetch(`api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
          body: JSON.stringify(args ?? {}),
        });
        if (!response.ok) return transportFailure(`HTTP ${response.status}`);
        return (await response.json()) as ApiResult<unknown>;
      } catch (err) {
        return transportFailure(err instanceof Error ? err.message : String(err));
      }
    },
  };
}
