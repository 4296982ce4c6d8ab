// The renderer's one way to the services: typed calls over whichever transport this window has.
// Electron's preload (window.planverk) when present, otherwise the loopback HTTP bridge.
import { useLanguageStore } from '../app/i18n';
import { createApiClient, type ApiClient } from './apiClient';
import { createElectronTransport, findPreloadApi } from './electronTransport';
import { createHttpTransport, takeBridgeToken } from './httpTransport';
import type { Transport } from './transport';

export type { ApiClient } from './apiClient';

function pickTransport(): Transport {
  const preload = findPreloadApi();
  return preload ? createElectronTransport(preload) : createHttpTransport(takeBridgeToken());
}

export const api: ApiClient = createApiClient(pickTransport(), () => useLanguageStore.getState().language);
