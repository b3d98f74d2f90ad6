// The client builds its Requests with openapi-fetch's serializers but not its createClient (src/core/http.ts,
// to keep the path client small): every request it sends, and every body it reads, must be the one
// openapi-fetch's createClient sends and reads for the same call.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { createRecruspaceClient } from '../src/index.js';
import { BASE } from './support/stub.js';

const HEADERS = { 'User-Agent': `ats-sdk-client/${__SDK_VERSION__}`, Authorization: 'Bearer key', 'X-Client': 'c' };

interface Sent {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | null;
  redirect: RequestRedirect;
}

/** What a fetch receives, with a multipart boundary (random per request) made comparable. */
async function describeRequest(request: Request): Promise<Sent> {
  const type = request.headers.get('content-type') ?? '';
  const boundary = /boundary=(.+)$/.exec(type)?.[1];
  const unbound = (text: string) => (boundary ? text.replaceAll(boundary, 'BOUNDARY') : text);
  return {
    method: request.method,
    url: request.url,
    headers: [...request.headers].map(([name, value]) => [name, unbound(value)]),
    body: request.body ? unbound(await request.clone().text()) : null,
    redirect: request.redirect,
  };
}

/** Sends `init` through our client and through openapi-fetch's createClient; answers with `answer`. */
async function both(method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'HEAD', path: string, init: Record<string, any>, answer = () => new Response('{"a":1}')) {
  const ours: Sent[] = [];
  const theirs: Sent[] = [];
  const client = createRecruspaceClient({ apiKey: 'key', baseUrl: BASE, headers: { 'X-Client': 'c' }, fetch: async (r) => (ours.push(await describeRequest(r)), answer()), maxRetries: 0 });
  const reference = createClient<any>({ baseUrl: BASE, headers: HEADERS, fetch: async (r: Request) => (theirs.push(await describeRequest(r)), answer()) });
  const ourResult: Record<string, unknown> = await (client as any)[method](path, init);
  const theirResult: Record<string, unknown> = await (reference as any)[method](path, init);
  return { ours: ours[0], theirs: theirs[0], ourResult, theirResult };
}

describe('requests are the ones openapi-fetch builds', () => {
  const form = new FormData();
  form.append('file', new File(['pdf'], 'cv.pdf', { type: 'application/pdf' }));
  const cases: [string, 'GET' | 'POST' | 'PATCH' | 'DELETE', string, Record<string, any>][] = [
    ['path values are encoded', 'GET', '/things/{id}/{slug}/', { params: { path: { id: 'a b/c?d#e%', slug: 'ü&=+' } } }],
    ['a missing path value is left as is', 'GET', '/things/{id}/', { params: { path: {} } }],
    ['query scalars, arrays, objects and nulls', 'GET', '/things/', { params: { query: { q: 'x y&z', n: 3, t: true, list: [1, 'b c'], empty: [], filter: { status: 'open', 'a b': 'c' }, gone: null, unset: undefined } } }],
    ['a JSON body gets Content-Type: application/json', 'POST', '/things/', { body: { name: 'Ada', tags: ['x'], nested: { n: 1 } } }],
    ['a string body is JSON too', 'PATCH', '/things/', { body: 'text' }],
    ['a caller Content-Type wins', 'POST', '/things/', { body: { a: 1 }, headers: { 'content-type': 'text/plain' } }],
    ['a form-urlencoded body is encoded as a form', 'POST', '/things/', { body: { a: '1 2', b: 'x&y' }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }],
    ['FormData from a bodySerializer keeps its multipart type', 'POST', '/things/', { body: { file: 'x' }, bodySerializer: () => form }],
    ['a call header, header params and an Authorization override', 'DELETE', '/things/{id}/', { params: { path: { id: 7 }, header: { 'X-Param': 'p' } }, headers: { Authorization: 'Bearer other', 'x-client': 'call' } }],
  ];
  for (const [name, method, path, init] of cases) {
    it(name, async () => {
      const { ours, theirs } = await both(method, path, init);
      expect(ours).toEqual(theirs);
    });
  }
});

describe('bodies are read as openapi-fetch reads them', () => {
  const answers: [string, 'GET' | 'HEAD', Record<string, any>, () => Response][] = [
    ['a JSON 2xx', 'GET', {}, () => new Response('{"a":[1]}')],
    ['a 204', 'GET', {}, () => new Response(null, { status: 204 })],
    ['Content-Length: 0', 'GET', {}, () => new Response('', { headers: { 'Content-Length': '0' } })],
    ['a HEAD', 'HEAD', {}, () => new Response(null)],
    ['a JSON error body', 'GET', {}, () => new Response('{"detail":"Not found."}', { status: 404 })],
    ['a text error body', 'GET', {}, () => new Response('<html>bad gateway</html>', { status: 502 })],
    ['an empty error body', 'GET', {}, () => new Response('', { status: 500, headers: { 'Content-Length': '0' } })],
    ["parseAs: 'text'", 'GET', { parseAs: 'text' }, () => new Response('plain')],
    ["parseAs: 'text' on a 204", 'GET', { parseAs: 'text' }, () => new Response(null, { status: 204 })],
  ];
  for (const [name, method, init, answer] of answers) {
    it(name, async () => {
      const { ourResult, theirResult } = await both(method, '/things/', init, answer);
      const { requestId, response, ...ours } = ourResult;
      expect(requestId).toBeUndefined();
      expect((response as Response).status).toBe((theirResult.response as Response).status);
      expect(ours).toStrictEqual(withoutResponse(theirResult));
    });
  }
});

function withoutResponse({ response: _, ...rest }: Record<string, unknown>) {
  return rest;
}
