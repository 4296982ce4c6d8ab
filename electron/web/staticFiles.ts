// Serves the built renderer from one folder: no path may leave it, unknown paths are 404, every answer carries the app's CSP.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { contentTypeOf } from '../services/rendererAssets';
import { securityHeaders } from './securityHeaders';

/** Maps a URL path to a file inside root, or null when it is malformed or would leave root (also through symlinks). */
export async function resolveStaticPath(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const realRoot = await realpath(root);
  const candidate = resolve(realRoot, '.' + relative);
  if (!candidate.startsWith(realRoot + sep)) return null;
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(realRoot + sep)) return null;
    const info = await stat(real);
    return info.isFile() ? real : null;
  } catch {
    return null;
  }
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendPlain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const file = await resolveStaticPath(root, urlPath);
  if (!file) {
    sendPlain(res, 404, 'Not found');
    return;
  }
  const info = await stat(file);
  res.writeHead(200, {
    ...securityHeaders(),
    // Built assets carry a content hash in their name: they may be cached; index.html and the API never are.
    ...(/^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(js|css)$/.test(urlPath) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(info.size),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

export function sendPlain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(text + '\n', 'utf8');
  res.writeHead(status, {
    ...securityHeaders(),
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
  });
  res.end(body);
}
