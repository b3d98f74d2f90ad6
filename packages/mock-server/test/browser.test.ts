// Defect 1 of issue 11: a web app under test calls the mock from a browser. A page served on one
// localhost port calls the mock on another, with a bearer token, in Debian's headless Chromium
// (driven by playwright-core, no browser download): preflight and actual request must both pass CORS.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../dist/index.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let mock: MockServer;
let browser: Browser;
const page = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<!doctype html><title>app under test</title>');
});

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's "chromium" package or set CHROMIUM_PATH.`);
  [mock, browser] = await Promise.all([
    startMockServer({ api: 'all', stateful: true }),
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    }),
  ]);
  page.listen(0, '127.0.0.1');
  await once(page, 'listening');
}, 60_000);
afterAll(async () => {
  await browser?.close();
  page.close();
  await mock?.close();
});

describe('defect 1: browsers can call the mock cross-origin', () => {
  it('a page on another localhost port reads and writes with a bearer token', async () => {
    const tab = await browser.newPage();
    try {
      const { port } = page.address() as { port: number };
      await tab.goto(`http://localhost:${port}/`); // another origin than the mock's 127.0.0.1:<port>
      const results = await tab.evaluate(async (base) => {
        const auth = { authorization: 'Bearer browser-token' };
        const get = await fetch(`${base}/api/v1/client/talent-pools/`, { headers: auth });
        const created = await fetch(`${base}/api/v1/client/talent-pools/create/`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'From the browser' }),
        });
        const pool = await created.json();
        const renamed = await fetch(`${base}/api/v1/client/talent-pools/${pool.id}/`, {
          method: 'PATCH',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Renamed in the browser' }),
        });
        const truto = await fetch(`${base}/unified/ats/jobs?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d`, { headers: auth });
        const anonymous = await fetch(`${base}/api/v1/client/candidates/123/`);
        return {
          get: get.status,
          pools: Array.isArray(await get.json()),
          created: created.status,
          renamed: [renamed.status, (await renamed.json()).name],
          truto: truto.status,
          anonymous: anonymous.status,
          exposed: get.headers.get('content-type'),
        };
      }, mock.url);
      expect(results).toEqual({
        get: 200,
        pools: true,
        created: 201,
        renamed: [200, 'Renamed in the browser'],
        truto: 200,
        anonymous: 401, // the 401 is readable too: a web app can show "log in again"
        exposed: 'application/json',
      });
    } finally {
      await tab.close();
    }
  });

  it('a page cannot reset the mock’s state through the admin routes', async () => {
    const tab = await browser.newPage();
    try {
      const { port } = page.address() as { port: number };
      await tab.goto(`http://localhost:${port}/`);
      const outcome = await tab.evaluate(async (base) => {
        await fetch(`${base}/__mock/reset`, { method: 'POST', mode: 'no-cors' }); // opaque: a page cannot see the status
        try {
          await fetch(`${base}/__mock/state`);
          return 'read the state';
        } catch {
          return 'blocked';
        }
      }, mock.url);
      expect(outcome).toBe('blocked');
      // The opaque POST did not reset: what the first test created is still there.
      const state = (await (await fetch(`${mock.url}/__mock/state`)).json()) as any;
      expect(JSON.stringify(state.recruspace)).toContain('Renamed in the browser');
    } finally {
      await tab.close();
    }
  });
});
