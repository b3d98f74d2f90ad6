// The fast path against Prism's: one corpus, derived from the bundled specs, covering every
// operation of both APIs (valid requests, each documented status and each example through Prefer,
// auth failures, invalid parameters and bodies, HEAD, Accept variants), sent to two fronts that
// differ only in whether the fast path is on, in static and in stateful mode. Status, every header
// but the connection's own, and the body bytes must be identical; and the fast path must really
// answer the valid requests, so the comparison cannot pass by always falling back to Prism.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { listOperations } from '@ats-sdk/spec/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { specUrl, type MockApi } from '../src/apis.js';
import { createFastEngine } from '../src/engine/fast/index.js';
import { indexOperations } from '../src/engine/operations.js';
import { createStatefulApi } from '../src/engine/stateful/index.js';
import type { MockRequest } from '../src/engine/types.js';
import { createPrismEngine } from '../src/worker/prism-engine.js';
import { createMockHttpServer, type ServedApi } from '../src/worker/server.js';
import { corpus, type Case } from './request-corpus.js';

const APIS: MockApi[] = ['recruspace', 'unified-ats'];
const IGNORED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
const fastAnswered = new Set<string>();
const servers: ReturnType<typeof createMockHttpServer>[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

/** Two fronts over the same APIs, one with the fast path and one without; in stateful mode each has its own store. */
async function fronts(stateful: boolean): Promise<{ prismUrl: string; fastUrl: string }> {
  const prismApis = new Map<MockApi, ServedApi>();
  const fastApis = new Map<MockApi, ServedApi>();
  for (const api of APIS) {
    const spec = JSON.parse(readFileSync(specUrl(api), 'utf8'));
    const operations = indexOperations(spec);
    const engine = await createPrismEngine(api, { dynamic: false, verbose: false });
    const fast = createFastEngine(spec, operations);
    const state = () => (stateful ? { stateful: createStatefulApi(api, spec, operations, { limit: 1000 }) } : {});
    prismApis.set(api, { spec, operations, engine, ...state() });
    fastApis.set(api, {
      spec,
      operations,
      engine,
      ...state(),
      fast: (request: MockRequest) => {
        const response = fast(request);
        if (response) fastAnswered.add(`${request.method} ${request.path}?${new URLSearchParams(request.query as Record<string, string>)} ${request.headers.prefer ?? ''}`);
        return response;
      },
    });
  }
  const listen = async (apis: Map<MockApi, ServedApi>) => {
    const server = createMockHttpServer({ apis, bodyLimit: 1024 * 1024, host: '127.0.0.1' });
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  return { prismUrl: await listen(prismApis), fastUrl: await listen(fastApis) };
}

async function answer(base: string, c: Case) {
  const body = c.method === 'GET' || c.method === 'HEAD' ? undefined : c.body?.();
  const response = await fetch(base + c.url, { method: c.method, headers: c.headers, ...(body !== undefined ? { body } : {}) });
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !IGNORED_HEADERS.has(name)));
  return { status: response.status, headers, body: await response.text() };
}

describe('static mode', () => {
  let urls: { prismUrl: string; fastUrl: string };
  beforeAll(async () => {
    urls = await fronts(false);
  });

  describe.each(APIS)('%s: the fast path answers exactly as Prism', (api) => {
    const cases = corpus(api);

    it(`covers every operation (${cases.length} requests)`, () => {
      const covered = new Set(cases.map((c) => c.name.split(':')[0]));
      expect([...covered].sort()).toEqual(listOperations(api).map((o) => o.operationId).sort());
    });

    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const [prism, fast] = [await answer(urls.prismUrl, c), await answer(urls.fastUrl, c)];
      expect(fast).toEqual(prism);
      if (c.fast) {
        const [path, query = ''] = c.url.split('?');
        const key = `${c.method} ${path}?${new URLSearchParams(query)} ${c.headers.prefer ?? ''}`;
        expect(fastAnswered, 'the fast path answered it, not Prism').toContain(key);
      }
    });
  });
});

// Stateful answers are built on the engine's response: the same corpus, in the same order, against
// two stateful fronts (each its own store) must leave them answering alike. The clock is fixed so
// timestamps the store writes agree.
describe('stateful mode', () => {
  let urls: { prismUrl: string; fastUrl: string };
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T00:00:00Z') });
    urls = await fronts(true);
  });
  afterAll(() => void vi.useRealTimers());

  describe.each(APIS)('%s: stateful answers are the same with the fast path', (api) => {
    const cases = corpus(api).filter((c) => !/Prefer code=\d+, example=/.test(c.name));
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      expect(await answer(urls.fastUrl, c)).toEqual(await answer(urls.prismUrl, c));
    });
  });
});
