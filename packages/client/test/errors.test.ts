// The error hierarchy, and the promise that no error or log line ever carries the API key.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AtsSdkError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createRecruspaceClient,
  createUnifiedAtsClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnprocessableEntityError,
  type Logger,
} from '../src/index.js';
import { json, startServer } from './support/server.js';

const SECRET = 'rs_live_SUPERSECRET_9f8e7d';
const CANDIDATE = '/api/v1/client/candidates/{candidate_id}/';
const params = { params: { path: { candidate_id: 1 } } };

const stub = (status: number, body: unknown, headers: Record<string, string> = {}) => async () =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('ApiError subclasses', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [504, InternalServerError],
    [405, ApiError],
  ] as const)('%i → %o', async (status, Class) => {
    const rs = createRecruspaceClient({ apiKey: SECRET, baseUrl: 'http://api.test', fetch: stub(status, { detail: 'nope' }), maxRetries: 0 });
    const error = await rs.throwing.GET(CANDIDATE, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(AtsSdkError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: Class.name, status, body: { detail: 'nope' }, retries: 0, method: 'GET' });
  });

  it('carries the error body and the redacted response headers', async () => {
    const fetch = stub(
      404,
      { statusCode: 404, error: 'Not Found', message: 'No such candidate' },
      { 'x-request-id': 'req-9', 'set-cookie': 'session=abc' },
    );
    const ua = createUnifiedAtsClient({ token: SECRET, integratedAccountId: 'acc', baseUrl: 'http://api.test', fetch });
    const error = (await ua.throwing.GET('/unified/ats/candidates/{id}', { params: { path: { id: '1' } } }).catch((e: unknown) => e)) as NotFoundError;
    expect(error.message).toBe('404 GET http://api.test/unified/ats/candidates/1?integrated_account_id=acc: No such candidate');
    expect(error.requestId).toBe('req-9');
    expect(error.headers.get('set-cookie')).toBe('[REDACTED]');
    expect(error.headers.get('content-type')).toBe('application/json');
    expect(error.toJSON()).toMatchObject({
      name: 'NotFoundError',
      message: error.message,
      status: 404,
      requestId: 'req-9',
      body: { message: 'No such candidate' },
    });
  });

  it('keeps the { data, error } form for error statuses (nothing thrown)', async () => {
    const rs = createRecruspaceClient({ apiKey: SECRET, baseUrl: 'http://api.test', fetch: stub(409, { detail: 'Duplicate' }) });
    const result = await rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'x' } });
    expect(result).toMatchObject({ error: { detail: 'Duplicate' }, requestId: undefined });
    expect(result.data).toBeUndefined();
  });
});

describe('secrets never leave the client', () => {
  const leaks = (value: unknown) =>
    [
      String((value as Error).message),
      JSON.stringify(value),
      inspect(value, { depth: Infinity, showHidden: true }),
      inspect(value, { depth: Infinity }),
      JSON.stringify(Object.entries(value as object)),
    ].some((text) => text.includes('SUPERSECRET'));

  async function everyKindOfError() {
    const reset = await startServer((req) => req.socket.destroy());
    const silent = await startServer(() => {});
    const badJson = await startServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{'));
    const unauthorized = await startServer((_req, res) => json(res, 401, { detail: 'Invalid token.' }));
    // Only the silent server needs a short deadline; the others get a long one so a loaded machine
    // cannot turn their answers into timeouts.
    const fail = (baseUrl: string, timeoutMs = 30_000) =>
      createRecruspaceClient({ apiKey: SECRET, maxRetries: 0, timeoutMs, baseUrl })
        .throwing.GET(CANDIDATE, params)
        .catch((e: unknown) => e);
    const errors = await Promise.all([fail(reset.url), fail(silent.url, 200), fail(badJson.url), fail(unauthorized.url)]);
    expect(errors.map((e) => (e as Error).constructor)).toEqual([ConnectionError, TimeoutError, ResponseParseError, AuthenticationError]);
    return errors;
  }

  it('in no message, property, toJSON() or util.inspect of any error', async () => {
    for (const error of await everyKindOfError()) expect(leaks(error), inspect(error)).toBe(false);
  });

  it('nor in a token-like query parameter of an error message', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch: stub(404, { detail: 'x' }), maxRetries: 0 });
    const query = { api_key: SECRET, access_token: SECRET, page: 2 } as never;
    const error = await rs.throwing.GET('/api/v1/client/job-posts/', { params: { query } }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('page=2');
    expect(leaks(error)).toBe(false);
  });

  it('nor in any log line, even at debug level', async () => {
    const server = await startServer((_req, res) => json(res, 503, { detail: 'down' }, { 'set-cookie': `s=${SECRET}` }));
    const lines: string[] = [];
    const record = (...args: unknown[]) => lines.push(inspect(args, { depth: Infinity }));
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const rs = createRecruspaceClient({
      apiKey: SECRET,
      baseUrl: server.url,
      headers: { 'X-Api-Key': SECRET, Cookie: `sid=${SECRET}` },
      logger,
      logLevel: 'debug',
      backoff: { initialDelayMs: 1 },
      maxRetries: 1,
    });
    await rs.GET('/api/v1/client/job-posts/', { params: { query: { token: SECRET, page: 1 } as never } });
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.join('\n')).toContain('[REDACTED]');
    expect(lines.join('\n')).toContain('page=1');
    expect(lines.filter((l) => l.includes('SUPERSECRET'))).toEqual([]);
  });

  it('a key with a stray newline is trimmed; one with inner spaces is refused without being quoted', async () => {
    const requests: Request[] = [];
    const fetch = async (request: Request) => (requests.push(request), new Response('{}', { status: 200 }));
    await createRecruspaceClient({ apiKey: `${SECRET}\n`, baseUrl: 'http://api.test', fetch }).GET(CANDIDATE, params);
    expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${SECRET}`);
    let thrown: unknown;
    try {
      createRecruspaceClient({ apiKey: `rs_live SUPERSECRET` });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AtsSdkError);
    expect(leaks(thrown)).toBe(false);
  });
});
