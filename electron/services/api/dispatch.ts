// The one entry point every transport (Electron IPC, loopback bridge, tests) goes through:
// checks the call name, validates the arguments against the contract, and turns failures into typed results.
import { CONTRACT, isCallName, type Handlers } from '../../../shared/api/contract';
import { ERROR_MESSAGES, PlanverkError, type ApiResult } from '../../../shared/api/errors';

export async function dispatch(handlers: Handlers, name: unknown, rawArgs: unknown): Promise<ApiResult<unknown>> {
  if (!isCallName(name)) return failure('UNKNOWN_CALL', typeof name === 'string' ? name.slice(0, 100) : undefined);
  const parsed = CONTRACT[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure('INVALID_ARGS', issue ? `${issue.path.join('.')}: ${issue.message}` : undefined);
  }
  try {
    const handler = handlers[name] as (args: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof PlanverkError) return { ok: false, error: err.toApiError() };
    // Unexpected faults are logged for developers; the user gets the generic sentence, never a stack trace.
    console.error(`[planverk] ${name} failed:`, err);
    return failure('INTERNAL');
  }
}

function failure(code: keyof typeof ERROR_MESSAGES, detail?: string): ApiResult<never> {
  return { ok: false, error: { code, message: ERROR_MESSAGES[code], ...(detail ? { detail } : {}) } };
}
