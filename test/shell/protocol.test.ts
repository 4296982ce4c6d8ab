// The app:// protocol serves only files inside the renderer folder, always with the strict CSP header.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { CONTENT_SECURITY_POLICY, createAppProtocolHandler, registerAppScheme, resolveAppFile } = await import('../../electron/shell/protocol');

let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'planverk-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Planverk</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'HEMMELIG');
  writeFileSync(join(base, 'renderer-secret.txt'), 'HEMMELIG');
  handler = createAppProtocolHandler(root);
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves the page and assets with the strict CSP and the right content type', async () => {
    const page = await get('app://planverk/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Planverk</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('app://planverk/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('has exactly the directives the house asks for', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "img-src 'self' data: blob:",
        "style-src 'self' 'unsafe-inline'",
      ]),
    );
    // WebAssembly may compile (the spell-check's Hunspell); JavaScript may never be evaluated or inlined.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(eval|inline|hashes)'/);
  });

  it('answers the app root and single-page routes with index.html', async () => {
    expect(await (await get('app://planverk/')).text()).toContain('Planverk');
    expect(await (await get('app://planverk/kapitler/3')).text()).toContain('Planverk');
  });

  it('refuses path traversal in every spelling, with the CSP header on the refusal', async () => {
    const attempts = [
      'app://planverk/../secret.txt',
      'app://planverk/%2e%2e/secret.txt',
      'app://planverk/%2E%2E%2Fsecret.txt',
      'app://planverk/assets/..%2f..%2fsecret.txt',
      'app://planverk/..%5csecret.txt',
      'app://planverk/%2e%2e%5c..%5csecret.txt',
      'app://planverk/..%00/secret.txt',
      'app://planverk/%E0%A4%A',
      'app://planverk/../renderer-secret.txt',
    ];
    for (const url of attempts) {
      const response = await get(url);
      const body = await response.text();
      expect(body, url).not.toContain('HEMMELIG');
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses other hosts, missing files and methods other than GET/HEAD', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://planverk/assets/missing.js')).status).toBe(404);
    expect((await get('app://planverk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://planverk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('resolves only to files inside the root', () => {
    expect(resolveAppFile(root, 'app://planverk/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    // The URL parser removes dot segments, so this one stays in the root; encoded separators are refused outright.
    expect(resolveAppFile(root, 'app://planverk/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://planverk/..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://planverk/..%5csecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'ikke en url')).toBeNull();
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = registerSchemesAsPrivileged.mock.calls[0]![0][0].privileges;
    expect(privileges.bypassCSP).toBeUndefined();
  });
});
