// The renderer's one way to the services: typed calls over whichever transport this window has.
// Electron's preload (window.planverk) when present, otherwise the loopback HTTP bridge.
import type { ArgsOf, CallName, ResultOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { ShellEvent } from '../../shared/api/shellEvents';
import { createElectronTransport, findPreloadApi } from './electronTransport';
import { createHttpTransport, takeBridgeToken } from './httpTransport';
import type { Transport } from './transport';

export type ApiClient = {
  transport: Transport['kind'];
  call<K extends CallName>(name: K, args: ArgsOf<K>): Promise<ApiResult<ResultOf<K>>>;
  onShellEvent(listener: (event: ShellEvent) => void): () => void;
};

export function createApiClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    onShellEvent: (listener) => transport.onShellEvent(listener),
    call<K extends CallName>(name: K, args: ArgsOf<K>) {
      return transport.invoke(name, args) as Promise<ApiResult<ResultOf<K>>>;
    },
  };
}

function pickTransport(): Transport {
  const preload = findPreloadApi();
  return preload ? createElectronTransport(preload) : createHttpTransport(takeBridgeToken());
}

export const api: ApiClient = createApiClient(pickTransport());
