// Admin routes (/__mock/…) change or reveal state, so unlike the API routes they are closed to web
// pages and, off loopback, to anyone without the admin token (defect 10 of issue 11); and
// `POST /__mock/next` plans one response for a test's error path.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../dist/index.mjs';
import { AUTH, expectValidBody, readBody } from './support.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ api: 'all', stateful: true });
});
afterAll(() => mock?.close());

/** A request with full control of Host (fetch does not allow setting it). */
function raw(url: string, method: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, setHost: !('host' in headers) }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('defect 10: admin routes on loopback', () => {
  it('refuse a web page from another origin (a no-cors POST cannot reset state)', async () => {
    const response = await raw(`${mock.url}/__mock/reset`, 'POST', { origin: 'http://evil.example', 'content-type': 'text/plain' });
    expect(response.status).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuse a Host that names the mock by a domain (DNS rebinding)', async () => {
    const { port } = new URL(mock.url);
    const response = await raw(`${mock.url}/__mock/state`, 'GET', { host: `rebind.evil.example:${port}` });
    expect(response.status).toBe(403);
    expect(response.body).toMatch(/IP address or localhost/);
    const local = await raw(`${mock.url}/__mock/state`, 'GET', { host: `localhost:${port}` });
    expect(local.status).toBe(200);
  });

  it('grant no CORS preflight, unlike the API routes', async () => {
    const preflight = { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' };
    const admin = await raw(`${mock.url}/__mock/reset`, 'OPTIONS', preflight);
    expect(admin.headers['access-control-allow-origin']).toBeUndefined();
    const api = await raw(`${mock.url}/api/v1/client/talent-pools/`, 'OPTIONS', preflight);
    expect(api.headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });
});

describe('defect 10: admin routes off loopback need the admin token', () => {
  it('are off without a token, and answer only with it when one is set', async () => {
    const open = await startMockServer({ api: 'recruspace', host: '0.0.0.0', stateful: true, adminToken: '' });
    const guarded = await startMockServer({ api: 'recruspace', host: '0.0.0.0', stateful: true, adminToken: 'admin-secret-123' });
    try {
      const off = await raw(`${open.url}/__mock/state`, 'GET', {});
      expect(off.status).toBe(403);
      expect(off.body).toMatch(/admin token/);
      expect((await raw(`${open.url}/__mock/health`, 'GET', {})).status).toBe(200);

      const without = await raw(`${guarded.url}/__mock/reset`, 'POST', {});
      expect(without.status).toBe(403);
      expect(without.body).not.toContain('admin-secret-123');
      const wrong = await raw(`${guarded.url}/__mock/reset`, 'POST', { 'x-mock-admin-token': 'guess' });
      expect(wrong.status).toBe(403);
      const right = await raw(`${guarded.url}/__mock/reset`, 'POST', { 'x-mock-admin-token': 'admin-secret-123' });
      expect(right.status).toBe(204);
    } finally {
      await Promise.all([open.close(), guarded.close()]);
    }
  });

  it('keeps the compile cache in a per-user directory, not a shared /tmp path', async () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'ats-mock-xdg-'));
    const before = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = cacheHome;
    try {
      const server = await startMockServer({ api: 'recruspace' });
      await server.close();
      expect(existsSync(join(cacheHome, 'ats-mock', 'compile-cache'))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = before;
      rmSync(cacheHome, { recursive: true, force: true });
    }
  });
});

describe('POST /__mock/next: one planned response per call', () => {
  const next = (body: unknown) =>
    fetch(`${mock.url}/__mock/next`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('makes the next call to an operation answer the planned status, then back to normal', async () => {
    expect((await next({ operationId: 'listTalentPools', api: 'recruspace', status: 429 })).status).toBe(201);
    const failed = await fetch(`${mock.url}/api/v1/client/talent-pools/`, { headers: AUTH });
    expect(failed.status).toBe(429);
    expectValidBody('recruspace', 'listTalentPools', 429, await readBody(failed));
    const again = await fetch(`${mock.url}/api/v1/client/talent-pools/`, { headers: AUTH });
    expect(again.status).toBe(200);
    await again.body?.cancel();
  });

  it('refuses an unknown operation or an undocumented status', async () => {
    expect((await next({ operationId: 'nope', status: 404 })).status).toBe(400);
    expect((await next({ operationId: 'getCandidate', api: 'recruspace', status: 418 })).status).toBe(400);
  });

  it('is cleared by reset', async () => {
    await next({ operationId: 'listTalentPools', status: 429 });
    await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    const response = await fetch(`${mock.url}/api/v1/client/talent-pools/`, { headers: AUTH });
    expect(response.status).toBe(200);
    await response.body?.cancel();
  });
});
