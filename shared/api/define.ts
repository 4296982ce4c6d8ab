// Building blocks of the API contract: a call is an argument schema (checked at every transport) and a result type.
import type { z } from 'zod';

export type CallSpec<A extends z.ZodType = z.ZodType, R = unknown> = { args: A; result?: R };

/** Declare a call: `call(z.object({...}), result<Foo>())`. The result is a type only; it costs nothing at run time. */
export function call<A extends z.ZodType, R>(args: A, _result?: R): CallSpec<A, R> {
  return { args };
}
export function result<R>(): R {
  return undefined as R;
}
