// The Electron transport: the preload's window.planverk.invoke (named, validated calls only; no raw IPC).
import type { ApiResult } from '../../shared/api/errors';
import { transportFailure, type Transport } from './transport';

export type PreloadApi = {
  invoke(name: string, args: unknown): Promise<ApiResult<unknown>>;
  onMenuCommand?(callback: (command: string) => void): unknown;
};

export function findPreloadApi(): PreloadApi | null {
  const candidate = (window as unknown as { planverk?: unknown }).planverk;
  if (candidate && typeof (candidate as PreloadApi).invoke === 'function') return candidate as PreloadApi;
  return null;
}

export function createElectronTransport(api: PreloadApi): Transport {
  return {
    kind: 'electron',
    async invoke(name, args) {
      try {
        return await api.invoke(name, args);
      } catch (err) {
        return transportFailure(err instanceof Error ? err.message : String(err));
      }
    },
  };
}
