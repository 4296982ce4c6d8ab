// The app:// protocol: serves the built renderer from one folder with a strict CSP, instead of file:// (which would
// give the page the whole disk as its origin).
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { BASE_SECURITY_HEADERS, CONTENT_SECURITY_POLICY, contentTypeOf } from '../services/rendererAssets';

export const APP_SCHEME = 'app';
export const APP_HOST = 'planverk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export { CONTENT_SECURITY_POLICY };

/**
 * True for URLs of our own pages. Compares scheme and host rather than URL.origin: Node's URL parser (which the
 * main process uses) does not know app:// is a standard scheme and gives every such URL the origin "null".
 */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Must run before the app is ready: app:// behaves like https (secure context, fetch, standard URL parsing). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * The file inside rootDir that an app:// URL names, or null for anything outside it (../, encoded ../, backslashes,
 * NUL, another host). A path without an extension is a route of the single-page app and gets index.html.
 */
export function resolveAppFile(rootDir: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const relative = pathname === '/' || extname(pathname) === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const file = resolve(join(root, relative));
  return file.startsWith(root + sep) ? file : null;
}

const securityHeaders = (contentType: string): Record<string, string> => ({ ...BASE_SECURITY_HEADERS, 'Content-Type': contentType });

/** The handler given to protocol.handle('app', …): GET/HEAD of files under rootDir, everything else refused. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Metoden er ikke tillatt.');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return refuse(404, 'Fant ikke siden.');
    try {
      const body = await readFile(file);
      const type = contentTypeOf(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: securityHeaders(type) });
    } catch {
      return refuse(404, 'Fant ikke siden.');
    }
  };
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}
