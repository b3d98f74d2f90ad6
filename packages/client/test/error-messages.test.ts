// What each error says and carries (src/core/errors.ts): the name and message a log shows, the fields
// a handler reads, and messages that stay useful (and never crash) whatever the server or the runtime sent.
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AtsSdkError,
  ConnectionError,
  createRecruspace,
  createRecruspaceClient,
  InternalServerError,
  isApiError,
  PaginationError,
  ResponseParseError,
  TimeoutError,
} from '../src/index.js';
import { BASE, LIST } from './support/stub.js';

const URL_ = `${BASE}${LIST}`;
const answer = (body: string, status: number, type = 'application/json') => async () => new Response(body, { status, headers: { 'content-type': type } });
const client = (fetch: (request: Request) => Promise<Response>) => createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, maxRetries: 0 });
const rejection = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('should reject'), (e: unknown) => e as Error);

describe('names', () => {
  it('every error class has its own name, so String(error) and logs say which it is', () => {
    const fields = { status: 500, method: 'GET', url: 'u', headers: new Headers(), requestId: undefined };
    const errors = [
      new AtsSdkError('x'),
      new TimeoutError('GET', '/p', 5),
      new ResponseParseError(fields, undefined),
      new PaginationError('x'),
      new ConnectionError('GET', 'u', new Error('x')),
    ];
    expect(errors.map((e) => e.name)).toEqual(['AtsSdkError', 'TimeoutError', 'ResponseParseError', 'PaginationError', 'ConnectionError']);
    expect(String(errors[1])).toBe('TimeoutError: GET /p timed out after 5 ms');
    expect(JSON.parse(JSON.stringify(errors[0]))).toEqual({ name: 'AtsSdkError', message: 'x' });
  });
});

describe('ApiError messages', () => {
  it('a plain-text error body is quoted after the status line', async () => {
    const error = await rejection(client(answer('Service Unavailable', 503, 'text/plain')).throwing.GET(LIST));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe(`503 GET ${URL_}: Service Unavailable`);
  });

  it('a long detail is cut to 200 characters', async () => {
    const detail = 'x'.repeat(500);
    const error = await rejection(client(answer(JSON.stringify({ detail }), 400)).throwing.GET(LIST));
    expect(error.message).toBe(`400 GET ${URL_}: ${'x'.repeat(200)}`);
  });

  it('a non-string detail or message, or a null body, leaves the status line (and never breaks the error)', async () => {
    for (const body of ['{"message":42}', '{"detail":["a","b"]}', 'null']) {
      const error = await rejection(client(answer(body, 422)).throwing.GET(LIST));
      expect(error).toBeInstanceOf(ApiError);
      expect(error.message).toBe(`422 GET ${URL_}`);
    }
  });

  it('isApiError without an operation accepts any ApiError, and nothing else', async () => {
    const error = await rejection(client(answer('{}', 404)).throwing.GET(LIST));
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, 'getCandidate')).toBe(false);
    expect(isApiError(new AtsSdkError('x'))).toBe(false);
    // One from a resource method (marked with its operationId) is an ApiError too.
    const rs = createRecruspace({ apiKey: 'k', baseUrl: BASE, fetch: answer('{}', 404), maxRetries: 0 });
    const marked = await rejection(rs.candidates.retrieve(1));
    expect([isApiError(marked), isApiError(marked, 'getCandidate'), isApiError(marked, 'listJobPosts')]).toEqual([true, true, false]);
  });
});

describe('ConnectionError', () => {
  it('says what failed and why, keeps the runtime error as cause, and carries method, url and retries', async () => {
    const cause = new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    const error = (await rejection(client(async () => Promise.reject(cause)).GET(LIST))) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(`GET ${URL_} failed: fetch failed (ECONNREFUSED)`);
    expect(error.cause).toBe(cause);
    expect([error.method, error.url, error.retries]).toEqual(['GET', URL_, 0]);
  });

  it('a runtime error without a code, a string or nothing at all still makes a clear ConnectionError', async () => {
    const reasons: Array<[unknown, string]> = [
      [new Error('socket hang up'), 'socket hang up'],
      [Object.assign(new Error('reset'), { code: 'ECONNRESET' }), 'reset (ECONNRESET)'],
      ['offline', 'offline'],
      [undefined, 'undefined'],
    ];
    for (const [reason, said] of reasons) {
      const error = await rejection(client(() => Promise.reject(reason)).GET(LIST));
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.message).toBe(`GET ${URL_} failed: ${said}`);
    }
  });
});

describe('TimeoutError and ResponseParseError', () => {
  it('a timeout names the method, the path template and the limit', async () => {
    const rs = createRecruspaceClient({
      apiKey: 'k',
      baseUrl: BASE,
      timeoutMs: 20,
      fetch: (r) =>
        new Promise((_, reject) => {
          if (r.signal.aborted) reject(r.signal.reason);
          r.signal.addEventListener('abort', () => reject(r.signal.reason));
        }),
    });
    const error = (await rejection(rs.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 7 } } }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe('GET /api/v1/client/candidates/{candidate_id}/ timed out after 20 ms');
    expect([error.method, error.path, error.timeoutMs]).toEqual(['GET', '/api/v1/client/candidates/{candidate_id}/', 20]);
  });

  it('a body that is not JSON says so; an empty one where a body is declared says that', async () => {
    const bad = await rejection(client(answer('<html>', 200)).GET(LIST));
    expect(bad).toBeInstanceOf(ResponseParseError);
    expect(bad.message).toBe(`200 GET ${URL_}: invalid JSON body`);
    const empty = await rejection(client(answer('', 200)).throwing.GET(LIST));
    expect(empty).toBeInstanceOf(ResponseParseError);
    expect(empty.message).toBe(`200 GET ${URL_}: empty body`);
  });
});

describe('the API key', () => {
  it('one that cannot be a header value is refused with a message that does not quote it', () => {
    expect(() => createRecruspaceClient({ apiKey: 'sk live' })).toThrow(new AtsSdkError('Invalid characters in the API key or token'));
  });
});
