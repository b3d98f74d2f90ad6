// Client options and call options at their edges (src/core/create-api-client.ts, env.ts, resources.ts):
// base URLs, parseAs, path parameters, the browser and a runtime without process.env.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AtsSdkError,
  BadRequestError,
  createRecruspace,
  createRecruspaceClient,
  createUnifiedAts,
  createUnifiedAtsClient,
  ResponseParseError,
} from '../src/index.js';
import { BASE, LIST } from './support/stub.js';

function recordingFetch(body = '[]', status = 200) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => (requests.push(request), new Response(body, { status, headers: { 'content-type': 'application/json' } }));
  return { fetch, requests };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('baseUrl', () => {
  it('one or more trailing slashes are dropped, so a base with a path prefix joins cleanly', async () => {
    const { fetch, requests } = recordingFetch();
    for (const baseUrl of ['http://proxy.test/rs', 'http://proxy.test/rs/', 'http://proxy.test/rs//']) {
      await createRecruspaceClient({ apiKey: 'k', baseUrl, fetch }).GET(LIST);
    }
    expect(new Set(requests.map((r) => r.url))).toEqual(new Set([`http://proxy.test/rs${LIST}`]));
  });

  it('one with credentials is refused, saying why', () => {
    expect(() => createRecruspaceClient({ apiKey: 'k', baseUrl: 'https://me:pw@api.test' })).toThrow(
      new AtsSdkError('baseUrl must not contain credentials'),
    );
  });
});

describe('parseAs', () => {
  it("'json' given explicitly parses like the default, and a bad body is a ResponseParseError", async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: recordingFetch('[{"id":1}]').fetch });
    expect((await rs.GET(LIST, { parseAs: 'json' })).data).toEqual([{ id: 1 }]);
    const broken = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: recordingFetch('<html>').fetch });
    await expect(broken.GET(LIST, { parseAs: 'json' })).rejects.toBeInstanceOf(ResponseParseError);
  });

  it("'text' hands the body over as text, JSON or not", async () => {
    for (const body of ['[{"id":1}]', 'plain words']) {
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: recordingFetch(body).fetch });
      expect((await rs.GET(LIST, { parseAs: 'text' })).data).toBe(body);
    }
  });
});

describe('path parameters', () => {
  it('only `.` and `..` are refused: values that merely start or end with dots are sent', async () => {
    const { fetch, requests } = recordingFetch('{}');
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch });
    for (const id of ['.well', 'v2.', '...', 'a..b']) await ua.GET('/unified/ats/candidates/{id}', { params: { path: { id } } });
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/unified/ats/candidates/.well',
      '/unified/ats/candidates/v2.',
      '/unified/ats/candidates/...',
      '/unified/ats/candidates/a..b',
    ]);
    await expect(ua.GET('/unified/ats/candidates/{id}', { params: { path: { id: '..' } } })).rejects.toThrow(
      new AtsSdkError('Invalid path parameter `id`: ".."'),
    );
  });
});

describe('runtimes', () => {
  it('in a browser no User-Agent is set (the page may not set it)', async () => {
    vi.stubGlobal('document', {});
    const { fetch, requests } = recordingFetch();
    await createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch }).GET(LIST);
    expect(requests[0]!.headers.has('user-agent')).toBe(false);
  });

  it('without process, or without process.env, there are no environment defaults (and no crash)', () => {
    for (const stand_in of [undefined, {}]) {
      vi.stubGlobal('process', stand_in);
      let error: unknown;
      try {
        createRecruspaceClient();
      } catch (e) {
        error = e;
      }
      vi.unstubAllGlobals();
      expect(error).toBeInstanceOf(AtsSdkError);
      expect((error as Error).message).toMatch(/^No Recruspace API key/);
    }
  });
});

describe('resource methods', () => {
  it('a list promise supports catch and finally like any promise', async () => {
    const failing = createUnifiedAts({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch: recordingFetch('{"message":"no"}', 400).fetch, maxRetries: 0 });
    expect(await failing.candidates.list().catch((e: unknown) => (e instanceof BadRequestError ? 'caught' : e))).toBe('caught');
    let done = false;
    const page = { result: [{ id: 'c1' }], next_cursor: null };
    const working = createUnifiedAts({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch: recordingFetch(JSON.stringify(page)).fetch });
    expect(await working.candidates.list().finally(() => (done = true))).toEqual(page);
    expect(done).toBe(true);
  });

  it('a JavaScript caller that leaves out a file field gets the API’s answer, not a TypeError', async () => {
    const { fetch, requests } = recordingFetch('{"detail":"cv_file is required"}', 400);
    const rs = createRecruspace({ apiKey: 'k', baseUrl: BASE, fetch, maxRetries: 0 });
    const input = { first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com' } as never;
    await expect(rs.candidates.create(input)).rejects.toBeInstanceOf(BadRequestError);
    expect((await requests[0]!.formData()).has('cv_file')).toBe(false);
  });
});
