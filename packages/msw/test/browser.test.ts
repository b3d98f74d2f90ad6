// The handlers in a real browser: Debian's headless Chromium (playwright-core, no download) opens a
// page this test serves on localhost; the page registers MSW's service worker (mockServiceWorker.js
// from the msw package) with this package's handlers and calls both APIs through @ats-sdk/client.
// Nothing listens at the production URLs it calls: every answer comes from the handlers.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../tests/release/support/chromium.js';

const require = createRequire(import.meta.url);
let browser: Browser;
let site: Server;
let origin: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [new URL('./browser/page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const files: Record<string, [string, string | Uint8Array]> = {
    '/': ['text/html', '<!doctype html><title>app under test</title><script type="module" src="/page.js"></script>'],
    '/page.js': ['text/javascript', bundle.outputFiles[0]!.contents],
    '/mockServiceWorker.js': ['text/javascript', readFileSync(require.resolve('msw/mockServiceWorker.js'))],
  };
  site = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] });
    res.end(file[1]);
  });
  site.listen(0, '127.0.0.1');
  await once(site, 'listening');
  origin = `http://localhost:${(site.address() as AddressInfo).port}`; // localhost: a secure context for service workers
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  site?.close();
});

it('a page calls both APIs through the client and gets the handlers’ answers', async () => {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => 'runScenario' in globalThis);
    const results = await tab.evaluate(() => (globalThis as unknown as { runScenario: () => Promise<unknown> }).runScenario());
    expect(results).toEqual({
      created: [201, 'From the browser'],
      listed: true,
      invalid: [400, { name: [expect.stringContaining('name')] }],
      anonymous: [401, { detail: expect.any(String) }],
      jobs: [200, true],
      overridden: { result: [], next_cursor: null },
      controlled: true,
    });
  } finally {
    await tab.close();
  }
}, 120_000);
