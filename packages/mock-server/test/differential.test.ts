// The fast path against Prism's: one corpus, derived from the bundled specs, covering every
// operation of both APIs (valid requests, each documented status and each example through Prefer,
// auth failures, invalid parameters and bodies, HEAD, Accept variants), sent to two fronts that
// differ only in whether the fast path is on, in static and in stateful mode. Status, every header
// but the connection's own, and the body bytes must be identical; and the fast path must really
// answer the valid requests, so the comparison cannot pass by always falling back to Prism.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { deref, documentedStatuses, listOperations, loadSpec, sampleRequest, type ApiName } from '@ats-sdk/spec/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { specUrl, type MockApi } from '../src/apis.js';
import { createFastEngine } from '../src/engine/fast/index.js';
import { indexOperations } from '../src/engine/operations.js';
import { createStatefulApi } from '../src/engine/stateful/index.js';
import type { MockRequest } from '../src/engine/types.js';
import { createPrismEngine } from '../src/worker/prism-engine.js';
import { createMockHttpServer, type ServedApi } from '../src/worker/server.js';

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

interface Case {
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: () => BodyInit | undefined;
  /** The fast path must answer this one itself. */
  fast?: boolean;
}

function corpus(api: ApiName): Case[] {
  const spec = loadSpec(api, 'mock');
  const cases: Case[] = [];
  for (const { operationId, method, operation } of listOperations(api)) {
    const sample = sampleRequest(api, operationId, 'differential-token');
    // A FormData body is consumed by its first send: rebuild it for each.
    const body = () => sampleRequest(api, operationId, 'differential-token').body;
    const jsonBody = typeof sample.body === 'string';
    const base = { method: sample.method, url: sample.url, headers: sample.headers, body };
    const add = (name: string, c: Partial<Case> = {}) => cases.push({ ...base, ...c, name: `${operationId}: ${name}` });

    add('valid', { fast: !sample.body || jsonBody });
    add('valid, Accept */*', { headers: { ...sample.headers, accept: '*/*' }, fast: !sample.body || jsonBody });
    add('valid, Accept application/json', { headers: { ...sample.headers, accept: 'application/json' } });
    add('Accept text/html', { headers: { ...sample.headers, accept: 'text/html' } });
    add('no credentials', { headers: withoutAuth(sample.headers) });
    add('Basic credentials', { headers: { ...sample.headers, authorization: 'Basic dXNlcjpwYXNz' } });
    add('bearer without a token', { headers: { ...sample.headers, authorization: 'Bearer ' } });
    add('lower-case bearer', { headers: { ...sample.headers, authorization: 'bearer differential-token' } });
    for (const status of documentedStatuses(api, operationId)) {
      add(`Prefer code=${status}`, { headers: { ...sample.headers, prefer: `code=${status}` } });
      const content = deref(spec, operation.responses[String(status)])?.content?.['application/json'];
      for (const key of Object.keys(content?.examples ?? {})) {
        add(`Prefer code=${status}, example=${key}`, { headers: { ...sample.headers, prefer: `code=${status}, example=${key}` } });
      }
    }
    add('Prefer example=no-such-example', { headers: { ...sample.headers, prefer: 'example=no-such-example' } });
    add('Prefer code=599', { headers: { ...sample.headers, prefer: 'code=599' } });
    add('Prefer dynamic=false', { headers: { ...sample.headers, prefer: 'dynamic=false' } });
    add('__code query', { url: withQuery(sample.url, '__code', '404') });
    add('unknown query parameter', { url: withQuery(sample.url, 'no_such_parameter', 'x') });
    for (const parameter of [...(spec.paths[findPath(spec, operationId)].parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(spec, p))) {
      if (parameter.in !== 'query') continue;
      add(`query ${parameter.name} not of its type`, { url: withQuery(sample.url, parameter.name, 'not-a-valid-value-%E2%9C%93') });
      add(`query ${parameter.name} empty`, { url: withQuery(sample.url, parameter.name, '') });
      add(`query ${parameter.name} repeated`, { url: withQuery(withQuery(sample.url, parameter.name, '1'), parameter.name, '2') });
      if (parameter.required) add(`query ${parameter.name} missing`, { url: withoutQuery(sample.url, parameter.name) });
    }
    if (sample.url.match(/\/\d+\//)) add('path id not a number', { url: sample.url.replace(/\/\d+\//, '/abc/') });
    add('path with an escaped character', { url: sample.url.replace(/\/([^/?]+)(\/?)(\?|$)/, '/%41$1$2$3') });
    if (method === 'get') add('HEAD', { method: 'HEAD' });
    if (jsonBody) {
      const headers = { ...sample.headers };
      add('JSON body {}', { headers, body: () => '{}' });
      add('JSON body []', { headers, body: () => '[]' });
      add('JSON body null', { headers, body: () => 'null' });
      add('malformed JSON', { headers, body: () => '{"' });
      add('body as text/plain', { headers: { ...headers, 'content-type': 'text/plain' } });
      add('JSON with charset', { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
      add('no body', { headers: withoutType(headers), body: () => undefined });
      const value = JSON.parse(sample.body as string) as Record<string, unknown>;
      for (const key of Object.keys(value)) {
        add(`body field ${key} removed`, { body: () => JSON.stringify({ ...value, [key]: undefined }) });
        add(`body field ${key} of the wrong type`, { body: () => JSON.stringify({ ...value, [key]: typeof value[key] === 'string' ? 12 : 'text' }) });
      }
      add('body with an unknown field', { body: () => JSON.stringify({ ...value, no_such_field: 1 }) });
    } else if (method === 'get' || method === 'delete') {
      add('unexpected JSON body', { headers: { ...sample.headers, 'content-type': 'application/json' }, body: () => '{"a":1}' });
    }
  }
  return cases;
}

const withoutAuth = ({ authorization: _, ...rest }: Record<string, string>) => rest;
const withoutType = ({ 'content-type': _, ...rest }: Record<string, string>) => rest;
function withQuery(url: string, name: string, value: string) {
  return `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${value}`;
}
function withoutQuery(url: string, name: string) {
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.delete(name);
  return params.size ? `${path}?${params}` : path!;
}
function findPath(spec: Record<string, any>, operationId: string): string {
  return Object.entries<any>(spec.paths).find(([, item]) => Object.values<any>(item).some((op) => op?.operationId === operationId))![0];
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
