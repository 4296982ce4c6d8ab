// The loopback HTTP bridge: the real renderer in any browser (npm run web, E2E) talks to the real services through
// dispatch(), on 127.0.0.1 only, with a per-launch token on every API call and a Host check against DNS rebinding.
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../services/api/dispatch';
import { securityHeaders } from './securityHeaders';
import { sendPlain, serveStatic } from './staticFiles';

export const TOKEN_HEADER = 'x-planverk-token';
/** Whole plans with images travel as JSON; anything larger is not a request the renderer makes. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export type BridgeOptions = { handlers: Handlers; staticDir: string; port?: number };
export type Bridge = { url: string; origin: string; token: string; close(): Promise<void> };

export async function startBridge({ handlers, staticDir, port = 0 }: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(32).toString('base64url');
  const tokenDigest = digest(token);
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    handleRequest(req, res).catch((err: unknown) => {
      console.error('[planverk] bridge request failed:', err);
      if (!res.headersSent) sendPlain(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host name.
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return sendPlain(res, 403, 'Forbidden host');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length));
    return serveStatic(staticDir, req, res, path);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, callName: string): Promise<void> {
    if (req.method !== 'POST') return sendPlain(res, 405, 'Method not allowed', { Allow: 'POST' });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '').toLowerCase())) {
      return sendPlain(res, 403, 'Forbidden origin');
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], tokenDigest)) return sendPlain(res, 401, 'Unauthorized');
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large') return sendPlain(res, 413, 'Payload too large', { Connection: 'close' });
    let args: unknown;
    try {
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendPlain(res, 400, 'Bad JSON');
    }
    const result = await dispatch(handlers, decodeCallName(callName), args);
    const json = Buffer.from(JSON.stringify(result), 'utf8');
    res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(json.length) });
    res.end(json);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const actualPort = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${actualPort}`, `localhost:${actualPort}`]);
  const origin = `http://127.0.0.1:${actualPort}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time: both sides are hashed to equal length first, so neither length nor content leaks through timing. */
function tokenMatches(header: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof header !== 'string') return false;
  return timingSafeEqual(digest(header), expected);
}

function decodeCallName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolveBody('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolveBody('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolveBody(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
