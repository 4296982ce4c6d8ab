// The typed client over one transport. Refusals arrive with their bokmål sentence, code and sentence key; every page
// shows `error.message`, so the client says it in the UI language once, here.
import type { ArgsOf, CallName, ResultOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { ShellEvent } from '../../shared/api/shellEvents';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../../shared/i18n';
import { inLanguage } from '../../shared/i18n/errorText';
import type { Transport } from './transport';

export type ApiClient = {
  transport: Transport['kind'];
  call<K extends CallName>(name: K, args: ArgsOf<K>): Promise<ApiResult<ResultOf<K>>>;
  onShellEvent(listener: (event: ShellEvent) => void): () => void;
};

export function createApiClient(transport: Transport, language: () => UiLanguage = () => DEFAULT_UI_LANGUAGE): ApiClient {
  return {
    transport: transport.kind,
    onShellEvent: (listener) =>
      transport.onShellEvent((event) => listener(event.kind === 'error' ? { ...event, error: inLanguage(language(), event.error) } : event)),
    async call<K extends CallName>(name: K, args: ArgsOf<K>) {
      const result = (await transport.invoke(name, args)) as ApiResult<ResultOf<K>>;
      return result.ok ? result : { ok: false, error: inLanguage(language(), result.error) };
    },
  };
}
