// Documented behaviours that mutation testing showed no test pinned (issue 12): each test here
// kills mutants that survived `pnpm mutation` on src/core.
import { describe, expect, it, vi } from 'vitest';
import {
  createRateLimiter,
  createRecruspaceClient,
  createUnifiedAtsClient,
  NotFoundError,
  UNIFIED_ATS_RATE_LIMIT,
  type Logger,
} from '../src/index.js';
import { redactUrl } from '../src/core/logger.js';
import { isRetryableRequest, serverDelayMs } from '../src/core/retry.js';
import { BASE, LIST, onFakeClock } from './support/stub.js';

const ok = (body: unknown = [], status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('timeouts', () => {
  it.each([0, Infinity])('timeoutMs: %s means no deadline at all', (timeoutMs) =>
    onFakeClock(async () => {
      let signal: AbortSignal | undefined;
      let answer!: (response: Response) => void;
      const fetch = (request: Request) => ((signal = request.signal), new Promise<Response>((resolve) => (answer = resolve)));
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, timeoutMs });
      const pending = rs.GET(LIST);
      // Past 2³¹−1 ms (24.8 days), the longest finite deadline a timer can hold.
      await vi.advanceTimersByTimeAsync(30 * 24 * 3600 * 1000);
      expect(signal!.aborted).toBe(false);
      answer(ok());
      expect((await pending).response.status).toBe(200);
    }),
  );
});

describe('retries', () => {
  it.each([NaN, -1])('maxRetries: %s means no retries', async (maxRetries) => {
    let calls = 0;
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => (calls++, ok({}, 503)), maxRetries });
    expect((await rs.GET(LIST)).response.status).toBe(503);
    expect(calls).toBe(1);
  });

  it('reads a Unix-time ratelimit-reset as a moment, not a count of seconds', () => {
    const inFive = serverDelayMs(new Headers({ 'ratelimit-reset': String(Math.floor(Date.now() / 1000) + 5) }), 429)!;
    expect(inFive).toBeGreaterThan(3000);
    expect(inFive).toBeLessThanOrEqual(5000);
    expect(serverDelayMs(new Headers({ 'ratelimit-reset': String(Math.floor(Date.now() / 1000) - 5) }), 429)).toBe(0);
  });

  it('matches whole method names and whole dates only', () => {
    const req = (method: string) => new Request('http://x.test/', { method, headers: { 'Idempotency-Key': 'k' } });
    expect(['XGET', 'DELETEX', 'PURGE'].map((m) => isRetryableRequest(req(m), true))).toEqual([false, false, false]);
    const date = 'Sun, 06 Nov 1994 08:49:37 GMT';
    expect(serverDelayMs(new Headers({ 'retry-after': `x ${date}` }), 503)).toBeUndefined();
    expect(serverDelayMs(new Headers({ 'retry-after': `${date} x` }), 503)).toBeUndefined();
  });

  it('a retry waits for a rate-limit slot like any request', () =>
    onFakeClock(async () => {
      const starts: number[] = [];
      let n = 0;
      const fetch = async () => (starts.push(Date.now()), ok([], n++ === 0 ? 503 : 200));
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, backoff: { initialDelayMs: 1 }, rateLimit: { limit: 1, intervalMs: 1000 } });
      const pending = rs.GET(LIST);
      await vi.advanceTimersByTimeAsync(3000);
      expect((await pending).response.status).toBe(200);
      expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(1000);
    }),
  );
});

describe('shared limiter and the Truto preset', () => {
  it('one limiter shared by two clients paces them together', () =>
    onFakeClock(async () => {
      const starts: number[] = [];
      const fetch = async () => (starts.push(Date.now()), ok());
      const shared = createRateLimiter({ limit: 2, intervalMs: 1000 });
      const a = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, rateLimit: shared });
      const b = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, rateLimit: shared });
      const began = Date.now();
      const all = Promise.all([a.GET(LIST), b.GET(LIST), a.GET(LIST), b.GET(LIST)]);
      await vi.advanceTimersByTimeAsync(500);
      expect(starts).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1000);
      await all;
      expect(starts.map((t) => t - began >= 1000)).toEqual([false, false, true, true]);
    }),
  );

  it('rateLimit: true on Truto is 50 per 10 s', () =>
    onFakeClock(async () => {
      expect(UNIFIED_ATS_RATE_LIMIT).toEqual({ limit: 50, intervalMs: 10_000 });
      let sent = 0;
      const fetch = async () => (sent++, ok({ result: [], next_cursor: null }));
      const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch, rateLimit: true });
      const all = Promise.all(Array.from({ length: 51 }, () => ua.GET('/unified/ats/jobs')));
      await vi.advanceTimersByTimeAsync(10_000);
      expect(sent).toBe(50);
      await vi.advanceTimersByTimeAsync(25);
      await all;
      expect(sent).toBe(51);
    }),
  );
});

describe('parseAs other than JSON', () => {
  it('blob and stream hand the body over unparsed', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => new Response('%PDF-1.4', { headers: { 'content-type': 'application/pdf' } }) });
    const blob = await rs.GET(LIST, { parseAs: 'blob' });
    expect(blob.data).toBeInstanceOf(Blob);
    expect(await (blob.data as unknown as Blob).text()).toBe('%PDF-1.4');
    const stream = await rs.throwing.GET(LIST, { parseAs: 'stream' });
    expect(stream.data).toBeInstanceOf(ReadableStream);
    expect(await new Response(stream.data as unknown as ReadableStream).text()).toBe('%PDF-1.4');
  });
});

describe('errors', () => {
  it('an error body without detail or message: the message is the status line, the body kept', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => ok({ code: 'gone' }, 404) });
    const error = (await rs.throwing.GET(LIST).catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(`404 GET ${BASE}${LIST}`);
    expect(error.body).toEqual({ code: 'gone' });
  });
});

describe('redaction', () => {
  it('user:pass@ without a query, and sig / auth* / session keys', () => {
    expect(redactUrl('https://me:pw@api.test/x')).toBe('https://%5BREDACTED%5D:%5BREDACTED%5D@api.test/x');
    const url = redactUrl('https://api.test/x?sig=a&authToken=b&session_id=c&page=1');
    expect(url).toBe('https://api.test/x?sig=%5BREDACTED%5D&authToken=%5BREDACTED%5D&session_id=%5BREDACTED%5D&page=1');
  });
});

describe('logging', () => {
  it("logLevel: 'error' logs no retries and no requests", async () => {
    const lines: string[] = [];
    const logger = Object.fromEntries(['error', 'warn', 'info', 'debug'].map((level) => [level, () => lines.push(level)])) as unknown as Logger;
    let n = 0;
    const fetch = async () => ok([], n++ === 0 ? 503 : 200);
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, logger, logLevel: 'error', backoff: { initialDelayMs: 1 } });
    expect((await rs.GET(LIST)).response.status).toBe(200);
    expect(n).toBe(2);
    expect(lines).toEqual([]);
  });
});

describe('pagination', () => {
  it('next_cursor: "" ends a list', async () => {
    let calls = 0;
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch: async () => (calls++, ok({ result: [{ id: 'x' }], next_cursor: '' })) });
    expect(await ua.paginate('/unified/ats/candidates').toArray()).toEqual([{ id: 'x' }]);
    expect(calls).toBe(1);
  });
});
