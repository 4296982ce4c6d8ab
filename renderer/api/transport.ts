// A transport carries one API call to the main-process services and brings back its ApiResult.
import { ERROR_MESSAGES, type ApiResult } from '../../shared/api/errors';
import type { ShellEvent } from '../../shared/api/shellEvents';

export type Transport = {
  kind: 'electron' | 'http';
  invoke(name: string, args: unknown): Promise<ApiResult<unknown>>;
  /** Menu commands from the desktop shell; the browser has no shell, so there it never fires. */
  onShellEvent(listener: (event: ShellEvent) => void): () => void;
};

/** A call that never reached the services (network down, bridge gone, bad token): the generic sentence plus a detail. */
export function transportFailure(detail: string): ApiResult<never> {
  return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, detail } };
}
