// The client against a real HTTP server that misbehaves on purpose. Each test checks the typed
// outcome and exactly how many requests reached the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  createRecruspaceClient,
  createUnifiedAtsClient,
  InternalServerError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  type RetryInfo,
} from '../src/index.js';
import { json, sequence, startServer } from './support/server.js';

const CANDIDATE = '/api/v1/client/candidates/{candidate_id}/';
const params = { params: { path: { candidate_id: 1 } } };
const candidate = { id: 1, email: 'jane@example.com' };
/** Tiny backoff so retry tests take milliseconds. */
const fast = { initialDelayMs: 5, maxDelayMs: 20 };

/** Active timers and TCP handles by kind (vitest keeps a timer and pipes of its own). */
function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
let before: Record<string, number>;
beforeAll(() => {
  before = resources();
});
// Every server is closed after each test; nothing the client started may outlive the calls.
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = resources();
  for (const kind of ['Timeout', 'TCPSocketWrap', 'TCPServerWrap']) expect(after[kind] ?? 0, kind).toBeLessThanOrEqual(before[kind] ?? 0);
});

function client(baseUrl: string, options: Parameters<typeof createRecruspaceClient>[0] = {}) {
  return createRecruspaceClient({ apiKey: 'rs_test_key', baseUrl, backoff: fast, ...options });
}

/** Truto honours Idempotency-Key, so its writes are the ones a key makes retryable. */
function truto(baseUrl: string) {
  return createUnifiedAtsClient({ token: 'truto_test_token', integratedAccountId: 'acc', baseUrl, backoff: fast });
}

describe('retries against a real server', () => {
  it('429 with Retry-After: 1, then 200: waits about a second and succeeds on the second attempt', async () => {
    const server = await startServer(
      sequence(
        (res) => json(res, 429, { detail: 'Request was throttled. Expected available in 1 second.' }, { 'retry-after': '1' }),
        (res) => json(res, 200, candidate),
      ),
    );
    const retries: RetryInfo[] = [];
    const started = Date.now();
    const { data, response } = await client(server.url, { onRetry: (info) => retries.push(info) }).GET(CANDIDATE, params);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(response.status).toBe(200);
    expect(data).toEqual(candidate);
    expect(server.hits).toHaveLength(2);
    expect(retries).toEqual([expect.objectContaining({ retry: 1, maxRetries: 2, status: 429, delayMs: 1000, method: 'GET' })]);
  });

  it('429 with an HTTP-date Retry-After waits until that date', async () => {
    const server = await startServer(
      sequence(
        (res) => json(res, 429, { detail: 'throttled' }, { 'retry-after': new Date(Date.now() + 2000).toUTCString() }),
        (res) => json(res, 200, candidate),
      ),
    );
    const started = Date.now();
    const { data } = await client(server.url).GET(CANDIDATE, params);
    // HTTP dates have whole seconds: the wait is between 1 and 2 seconds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(data).toEqual(candidate);
    expect(server.hits).toHaveLength(2);
  });

  it('a Retry-After beyond maxRetryAfterMs is not waited for: the 429 is the result', async () => {
    const server = await startServer((_req, res) => json(res, 429, { detail: 'come back tomorrow' }, { 'retry-after': '86400' }));
    const { error, response } = await client(server.url).GET(CANDIDATE, params);
    expect(response.status).toBe(429);
    expect(error).toEqual({ detail: 'come back tomorrow' });
    expect(server.hits).toHaveLength(1);
    await expect(client(server.url).throwing.GET(CANDIDATE, params)).rejects.toBeInstanceOf(RateLimitError);
  });

  it('uses ratelimit-reset on a 429 without Retry-After (Truto)', async () => {
    const server = await startServer(
      sequence(
        (res) => json(res, 429, { statusCode: 429, error: 'Too Many Requests', message: 'slow down' }, { 'ratelimit-reset': '0' }),
        (res) => json(res, 200, { result: [], next_cursor: null }),
      ),
    );
    const retries: RetryInfo[] = [];
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: server.url, onRetry: (i) => retries.push(i) });
    const { data } = await ua.GET('/unified/ats/candidates');
    expect(data).toEqual({ result: [], next_cursor: null });
    expect(retries.map((r) => r.delayMs)).toEqual([0]);
    expect(server.hits).toHaveLength(2);
  });

  it('503, 503, 200: succeeds on the third attempt', async () => {
    const server = await startServer(
      sequence(
        (res) => json(res, 503, { detail: 'unavailable' }),
        (res) => json(res, 503, { detail: 'unavailable' }),
        (res) => json(res, 200, candidate),
      ),
    );
    const { data } = await client(server.url).GET(CANDIDATE, params);
    expect(data).toEqual(candidate);
    expect(server.hits).toHaveLength(3);
  });

  it('gives up after maxRetries and resolves the last error; a call can lower maxRetries', async () => {
    const server = await startServer((_req, res) => json(res, 503, { detail: 'down' }));
    const { error, response } = await client(server.url).GET(CANDIDATE, params);
    expect(response.status).toBe(503);
    expect(error).toEqual({ detail: 'down' });
    expect(server.hits).toHaveLength(3);
    await client(server.url).GET(CANDIDATE, { ...params, maxRetries: 0 });
    expect(server.hits).toHaveLength(4);
  });

  it('500 on a POST without an idempotency key: exactly one attempt', async () => {
    const server = await startServer((_req, res) => json(res, 500, { detail: 'boom' }));
    const { error, response } = await client(server.url).POST('/api/v1/client/talent-pools/create/', { body: { name: 'Pool' } });
    expect(response.status).toBe(500);
    expect(error).toEqual({ detail: 'boom' });
    expect(server.hits).toHaveLength(1);
  });

  it('a Truto POST with idempotencyKey: true is retried with the same key and the same JSON body', async () => {
    const server = await startServer(
      sequence(
        (res) => json(res, 500, { message: 'boom' }),
        (res) => json(res, 201, { id: 'c7', first_name: 'Jane' }),
      ),
    );
    const { data } = await truto(server.url).POST('/unified/ats/candidates', {
      body: { first_name: 'Jane' },
      idempotencyKey: true,
    });
    expect(data).toEqual({ id: 'c7', first_name: 'Jane' });
    expect(server.hits).toHaveLength(2);
    const [first, second] = server.hits;
    expect(first!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
    expect(second!.body.toString()).toBe('{"first_name":"Jane"}');
    expect(second!.body.equals(first!.body)).toBe(true);
  });

  it('a Truto multipart POST with an Idempotency-Key is re-sent byte for byte', async () => {
    const server = await startServer(
      sequence(
        (res) => json(res, 502, { message: 'bad gateway' }),
        (res) => json(res, 201, { id: 'a1' }),
      ),
    );
    const { createUnifiedAts } = await import('../src/index.js');
    const ua = createUnifiedAts({ token: 'truto_test_token', integratedAccountId: 'acc', baseUrl: server.url, backoff: fast });
    const bytes = new TextEncoder().encode('%PDF-1.4 retried upload');
    const data = await ua.attachments.create(
      { file: { data: bytes, filename: 'cv.pdf', contentType: 'application/pdf' } },
      { idempotencyKey: 'upload-1' },
    );
    expect(data).toEqual({ id: 'a1' });
    expect(server.hits).toHaveLength(2);
    const [first, second] = server.hits;
    expect(second!.headers['content-type']).toBe(first!.headers['content-type']);
    expect(second!.headers['idempotency-key']).toBe('upload-1');
    expect(second!.body.equals(first!.body)).toBe(true);
    expect(first!.body.toString()).toContain('%PDF-1.4 retried upload');
    expect(first!.body.toString()).toContain('filename="cv.pdf"');
  });
});

describe('transport failures against a real server', () => {
  it('a connection reset before any answer is a ConnectionError, retried for a GET', async () => {
    const server = await startServer((req) => req.socket.destroy());
    const error = await client(server.url).GET(CANDIDATE, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).retries).toBe(2);
    expect((error as ConnectionError).message).toContain(`GET ${server.url}/api/v1/client/candidates/1/ failed`);
    expect(server.hits).toHaveLength(3);
  });

  it('a connection reset mid-body is a ConnectionError (the response had arrived: not retried)', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"id": 1, "email": "ja');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await client(server.url).GET(CANDIDATE, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain('while reading the response body');
    expect(server.hits).toHaveLength(1);
  });

  it('a refused connection is a ConnectionError after the retries', async () => {
    const server = await startServer(() => {});
    await server.close();
    const retries: RetryInfo[] = [];
    const error = await client(server.url, { onRetry: (i) => retries.push(i) }).GET(CANDIDATE, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(retries.map((r) => [r.retry, r.error?.name])).toEqual([
      [1, 'ConnectionError'],
      [2, 'ConnectionError'],
    ]);
  });

  it('a server that never answers: TimeoutError within the limit, one attempt', async () => {
    const server = await startServer(() => {});
    const started = Date.now();
    const error = await client(server.url, { timeoutMs: 300 }).GET(CANDIDATE, params).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ method: 'GET', path: CANDIDATE, timeoutMs: 300 });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(5000); // generous for a busy CI box: without a deadline it would never end
    expect(server.hits).toHaveLength(1);
  });

  it("a call's timeoutMs covers a body that stops arriving", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"id": 1');
    });
    const error = await client(server.url).GET(CANDIDATE, { ...params, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.hits).toHaveLength(1);
  });

  it('the timeout also ends a backoff wait', async () => {
    const server = await startServer((_req, res) => json(res, 503, {}, { 'retry-after': '5' }));
    const started = Date.now();
    const error = await client(server.url, { timeoutMs: 200 }).GET(CANDIDATE, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.hits).toHaveLength(1);
  });

  it("the caller's abort rejects with the caller's reason and is never retried", async () => {
    const server = await startServer(() => {});
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    setTimeout(() => controller.abort(reason), 50);
    const error = await client(server.url, { timeoutMs: 5000 }).GET(CANDIDATE, { ...params, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(server.hits).toHaveLength(1);
  });

  it("the caller's abort during a backoff wait stops the retries", async () => {
    const server = await startServer((_req, res) => json(res, 503, {}, { 'retry-after': '5' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await client(server.url).GET(CANDIDATE, { ...params, signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(server.hits).toHaveLength(1);
  });
});

describe('awkward answers from a real server', () => {
  it('malformed JSON on a 200 rejects with ResponseParseError', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req-bad-json' }).end('{"id": 1,');
    });
    const error = await client(server.url).GET(CANDIDATE, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ status: 200, requestId: 'req-bad-json', method: 'GET' });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(server.hits).toHaveLength(1);
  });

  it('an HTML 502 page is retried, then resolves as a text error (throwing: InternalServerError)', async () => {
    const page = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const server = await startServer((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end(page));
    const { error, response } = await client(server.url).GET(CANDIDATE, params);
    expect(response.status).toBe(502);
    expect(error).toBe(page);
    expect(server.hits).toHaveLength(3);
    const thrown = await client(server.url, { maxRetries: 1 }).throwing.GET(CANDIDATE, params).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(InternalServerError);
    expect(thrown).toMatchObject({ status: 502, body: page, retries: 1 });
    expect((thrown as Error).message).toBe(`502 GET ${server.url}/api/v1/client/candidates/1/`);
    expect(server.hits).toHaveLength(5);
  });

  it('an empty 204 resolves with data undefined', async () => {
    const server = await startServer((_req, res) => res.writeHead(204).end());
    const result = await client(server.url).DELETE('/api/v1/client/talent-pools/{talent_pool_id}/', {
      params: { path: { talent_pool_id: 1 } },
    });
    expect(result.response.status).toBe(204);
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(server.hits).toHaveLength(1);
    const thrown = await client(server.url).throwing.DELETE('/api/v1/client/talent-pools/{talent_pool_id}/', {
      params: { path: { talent_pool_id: 1 } },
    });
    expect(thrown.data).toBeUndefined();
  });

  it('a 401 resolves { error } after one attempt; the throwing form rejects with AuthenticationError', async () => {
    const body = { detail: 'Authentication credentials were not provided.' };
    const server = await startServer((_req, res) => json(res, 401, body, { 'x-request-id': 'req-401' }));
    const { error, response, requestId } = await client(server.url).GET(CANDIDATE, params);
    expect(response.status).toBe(401);
    expect(error).toEqual(body);
    expect(requestId).toBe('req-401');
    expect(server.hits).toHaveLength(1);
    const thrown = await client(server.url).throwing.GET(CANDIDATE, params).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(AuthenticationError);
    expect(thrown).toMatchObject({ status: 401, body, requestId: 'req-401', retries: 0 });
    expect((thrown as Error).message).toBe(`401 GET ${server.url}/api/v1/client/candidates/1/: ${body.detail}`);
    expect(server.hits).toHaveLength(2);
  });

  it('exposes the request id of a success', async () => {
    const server = await startServer((_req, res) => json(res, 200, candidate, { 'x-request-id': 'req-123' }));
    const { requestId } = await client(server.url).GET(CANDIDATE, params);
    expect(requestId).toBe('req-123');
    const thrown = await client(server.url).throwing.GET(CANDIDATE, params);
    expect(thrown).toMatchObject({ data: candidate, requestId: 'req-123' });
  });
});
