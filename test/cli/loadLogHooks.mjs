// The resolve hook of loadLog.mjs (runs on Node's loader thread): one resolved URL per line.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (process.env.PLANVERK_LOAD_LOG) appendFileSync(process.env.PLANVERK_LOAD_LOG, `${resolved.url}\n`);
  return resolved;
}
