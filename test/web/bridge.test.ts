// The loopback bridge refuses what a hostile page or process would try, and carries real calls through dispatch().
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import { PlanverkError } from '../../shared/api/errors';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import type { FieldChange } from '../../shared/domain/plan';
import { planViewOf } from '../../shared/domain/planView';
import { MAX_BODY_BYTES, startBridge, TOKEN_HEADER, type Bridge } from '../../electron/web/bridge';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/securityHeaders';
import { rawRequest } from './httpClient';

let bridge: Bridge;
let root: string;
const received: FieldChange[][] = [];

// The transport is under test here; the real services are exercised through the bridge in the E2E suite.
function recordingHandlers(): Handlers {
  const plan = emptyPlan(seededIds('web'));
  const handlers: Partial<Handlers> = {
    'file.current': () => null,
    'file.open': ({ path }) => {
      throw new PlanverkError('NOT_SQLITE', path);
    },
    'plan.load': () => planViewOf(plan),
    'plan.mutate': ({ changes }) => {
      received.push(changes as FieldChange[]);
      return { savedAt: '2024-04-15T12:32:00.000Z', pendingChanges: 0 };
    },
  };
  return handlers as Handlers;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'planverk-bridge-'));
  const staticDir = join(root, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Planverk</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'index-AbCdEf12.js'), 'console.log(2)');
  writeFileSync(join(root, 'secret.txt'), 'outside the static folder');
  bridge = await startBridge({ handlers: recordingHandlers(), staticDir });
});

afterAll(async () => {
  await bridge.close();
  rmSync(root, { recursive: true, force: true });
});

const post = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(bridge.origin, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: bridge.token, ...headers },
    body: JSON.stringify(body),
  });

describe('loopback bridge', () => {
  it('listens on 127.0.0.1 only and puts a fresh token in the URL fragment', async () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.url).toBe(`${bridge.origin}/#token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(40);
    const other = await startBridge({ handlers: recordingHandlers(), staticDir: root });
    try {
      expect(other.token).not.toBe(bridge.token);
      expect(other.origin).not.toBe(bridge.origin);
    } finally {
      await other.close();
    }
  });

  it('carries a valid call through dispatch and returns its ApiResult', async () => {
    const res = await post('plan.mutate', { changes: [{ table: 'plan', id: 'web-0001', column: 'title', value: 'Ny tittel' }] });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { savedAt: '2024-04-15T12:32:00.000Z', pendingChanges: 0 } });
    expect(received.at(-1)).toEqual([{ table: 'plan', id: 'web-0001', column: 'title', value: 'Ny tittel' }]);
    const loaded = JSON.parse((await post('plan.load', {})).body);
    expect(loaded.ok).toBe(true);
    expect(loaded.value.plan.title).toBe('Ny plan');
  });

  it('returns refusals and invalid arguments as typed results with the Norwegian sentence', async () => {
    const refused = JSON.parse((await post('file.open', { path: '/tmp/x.planverk' })).body);
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_SQLITE', message: 'Filen er ikke en Planverk-plan (den er ikke en SQLite-database).' } });
    const invalid = JSON.parse((await post('plan.mutate', { changes: [] })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    const unknown = JSON.parse((await post('shell.exec', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('answers 401 to a missing or wrong token without running the call', async () => {
    const before = received.length;
    const change = { changes: [{ table: 'plan', id: 'web-0001', column: 'title', value: 'Hacket' }] };
    expect((await post('plan.mutate', change, { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    expect((await post('plan.mutate', change, { [TOKEN_HEADER]: bridge.token.slice(0, -1) })).status).toBe(401);
    const noToken = await rawRequest(bridge.origin, { method: 'POST', path: '/api/plan.mutate', body: JSON.stringify(change) });
    expect(noToken.status).toBe(401);
    expect(received.length).toBe(before);
  });

  it('answers 403 to a foreign Host header (DNS rebinding) and to a foreign Origin', async () => {
    const port = new URL(bridge.origin).port;
    expect((await post('plan.load', {}, { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await post('plan.load', {}, { Host: 'evil.example' })).status).toBe(403);
    expect((await rawRequest(bridge.origin, { path: '/', headers: { Host: `attacker.test:${port}` } })).status).toBe(403);
    expect((await post('plan.load', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('plan.load', {}, { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('serves the built renderer with the strict CSP and answers 404 to every path that would leave its folder', async () => {
    const index = await rawRequest(bridge.origin, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Planverk</title>');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawRequest(bridge.origin, { path: '/assets/app.js' })).headers['content-type']).toMatch(/^text\/javascript/);
    expect(index.headers['cache-control']).toBe('no-store');
    expect((await rawRequest(bridge.origin, { path: '/assets/index-AbCdEf12.js' })).headers['cache-control']).toContain('immutable');
    expect((await rawRequest(bridge.origin, { path: '/assets/app.js' })).headers['cache-control']).toBe('no-store');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/%00', '/%E0%A4%A', '/missing.js']) {
      const res = await rawRequest(bridge.origin, { path });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside the static folder');
    }
  });

  it('refuses bodies over the size limit and non-POST API calls', async () => {
    const big = await rawRequest(bridge.origin, {
      method: 'POST',
      path: '/api/plan.load',
      headers: { [TOKEN_HEADER]: bridge.token, 'Content-Length': String(MAX_BODY_BYTES + 1) },
    }).catch((err: NodeJS.ErrnoException) => ({ status: err.code === 'ECONNRESET' ? 413 : 0 }));
    expect(big.status).toBe(413);
    expect((await rawRequest(bridge.origin, { path: '/api/plan.load', headers: { [TOKEN_HEADER]: bridge.token } })).status).toBe(405);
    const badJson = await rawRequest(bridge.origin, { method: 'POST', path: '/api/plan.load', headers: { [TOKEN_HEADER]: bridge.token }, body: '{not json' });
    expect(badJson.status).toBe(400);
  });
});
