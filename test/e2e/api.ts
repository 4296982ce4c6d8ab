// Calls the bridge's API from the test process, with the token, the way the renderer does.
import type { ArgsOf, CallName, ResultOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

export async function callApi<K extends CallName>(origin: string, token: string, name: K, args: ArgsOf<K>): Promise<ApiResult<ResultOf<K>>> {
  const res = await fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-planverk-token': token },
    body: JSON.stringify(args),
  });
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  return (await res.json()) as ApiResult<ResultOf<K>>;
}

export async function callOk<K extends CallName>(origin: string, token: string, name: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
  const result = await callApi(origin, token, name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Makes path the session's open plan (opening the file that is already open would meet its own lock). */
export async function ensureOpen(origin: string, token: string, path: string): Promise<void> {
  const current = await callOk(origin, token, 'file.current', {});
  if (current?.path !== path) await callOk(origin, token, 'file.open', { path });
}
