// The Electron transport: the preload's window.planverk.invoke (named, validated calls only; no raw IPC).
import type { ApiResult } from '../../shared/api/errors';
import type { PlanverkBridge } from '../../shared/api/shellEvents';
import { transportFailure, type Transport } from './transport';

export function findPreloadApi(): PlanverkBridge | null {
  const candidate = (window as unknown as { planverk?: unknown }).planverk;
  if (candidate && typeof (candidate as PlanverkBridge).invoke === 'function') return candidate as PlanverkBridge;
  return null;
}

export function createElectronTransport(api: PlanverkBridge): Transport {
  const invoke = api.invoke as (name: string, args: unknown) => Promise<ApiResult<unknown>>;
  return {
    kind: 'electron',
    onShellEvent: (listener) => (typeof api.onMenuCommand === 'function' ? api.onMenuCommand(listener) : () => {}),
    async invoke(name, args) {
      try {
        return await invoke(name, args);
      } catch (err) {
        return transportFailure(err instanceof Error ? err.message : String(err));
      }
    },
  };
}
