// The pure parts: retry policy, client-side rate limiting, logging levels and redaction.
import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter, createRecruspaceClient, RECRUSPACE_RATE_LIMIT, TimeoutError, type Logger } from '../src/index.js';
import { createLog, redactUrl } from '../src/core/logger.js';
import { DEFAULT_BACKOFF, isRetryableRequest, isRetryableStatus, retryDelayMs, serverDelayMs } from '../src/core/retry.js';

describe('retry policy', () => {
  it('retries 408, 429, 500, 502, 503 and 504 only', () => {
    const retried = [200, 201, 204, 400, 401, 403, 404, 408, 409, 422, 429, 500, 501, 502, 503, 504, 505].filter(isRetryableStatus);
    expect(retried).toEqual([408, 429, 500, 502, 503, 504]);
  });

  it('repeats idempotent methods, and POST/PATCH only with an Idempotency-Key the API honours', () => {
    const req = (method: string, headers: Record<string, string> = {}) => new Request('http://x.test/', { method, headers });
    expect(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST', 'PATCH'].map((m) => isRetryableRequest(req(m), true))).toEqual([
      true, true, true, true, true, false, false,
    ]);
    expect(isRetryableRequest(req('POST', { 'Idempotency-Key': 'k' }), true)).toBe(true);
    expect(isRetryableRequest(req('PATCH', { 'idempotency-key': 'k' }), true)).toBe(true);
    expect(isRetryableRequest(req('POST', { 'Idempotency-Key': 'k' }), false)).toBe(false);
    expect(isRetryableRequest(req('DELETE'), false)).toBe(true);
  });

  it('reads Retry-After in seconds or as an HTTP date, and ratelimit-reset on a 429', () => {
    const h = (headers: Record<string, string>) => new Headers(headers);
    expect(serverDelayMs(h({ 'retry-after': '3' }), 503)).toBe(3000);
    expect(serverDelayMs(h({ 'retry-after': '0.5' }), 429)).toBeUndefined(); // not delta-seconds
    const date = serverDelayMs(h({ 'retry-after': new Date(Date.now() + 10_000).toUTCString() }), 429)!;
    expect(date).toBeGreaterThan(8000);
    expect(date).toBeLessThanOrEqual(10_000);
    expect(serverDelayMs(h({ 'retry-after': new Date(Date.now() - 10_000).toUTCString() }), 429)).toBe(0);
    expect(serverDelayMs(h({ 'ratelimit-reset': '7' }), 429)).toBe(7000);
    expect(serverDelayMs(h({ 'ratelimit-reset': '7' }), 503)).toBeUndefined();
    expect(serverDelayMs(h({ 'ratelimit-reset': String(Math.floor(Date.now() / 1000) + 5) }), 429)).toBeGreaterThan(3000);
    expect(serverDelayMs(h({ 'retry-after': 'soon' }), 429)).toBeUndefined();
  });

  it('backs off exponentially with up to 25% jitter, capped; refuses server waits over the cap', () => {
    const delays = Array.from({ length: 6 }, (_, retry) => retryDelayMs(undefined, retry, DEFAULT_BACKOFF)!);
    const ceilings = [500, 1000, 2000, 4000, 8000, 8000];
    delays.forEach((delay, i) => {
      expect(delay).toBeLessThanOrEqual(ceilings[i]!);
      expect(delay).toBeGreaterThanOrEqual(ceilings[i]! * 0.75);
    });
    const answer = (retryAfter: string) => new Response(null, { status: 429, headers: { 'retry-after': retryAfter } });
    expect(retryDelayMs(answer('60'), 0, DEFAULT_BACKOFF)).toBe(60_000);
    expect(retryDelayMs(answer('61'), 0, DEFAULT_BACKOFF)).toBeUndefined();
  });
});

describe('client-side rate limiting', () => {
  it('grants `limit` slots at once; the next waits a window (plus margin) after an answer, in order', async () => {
    vi.useFakeTimers();
    try {
      const limiter = createRateLimiter({ limit: 3, intervalMs: 1000 });
      const began = Date.now();
      const granted: number[] = [];
      const take = (i: number) => limiter.acquire().then((release) => (granted.push(i), release));
      const first = await Promise.all([take(0), take(1), take(2)]);
      const queued = [take(3), take(4)];
      await vi.advanceTimersByTimeAsync(5000);
      expect(granted).toEqual([0, 1, 2]); // nothing answered yet: nothing freed, however long
      await vi.advanceTimersByTimeAsync(100);
      first[0]!(); // answered at +5100
      first[0]!(); // a second release of the same slot is ignored
      await vi.advanceTimersByTimeAsync(1000);
      expect(granted).toEqual([0, 1, 2]);
      await vi.advanceTimersByTimeAsync(25);
      expect(granted).toEqual([0, 1, 2, 3]);
      expect(Date.now() - began).toBe(6125);
      first[1]!();
      await vi.advanceTimersByTimeAsync(1025);
      expect(granted).toEqual([0, 1, 2, 3, 4]);
      (await queued[0]!)();
      (await queued[1]!)();
    } finally {
      vi.useRealTimers();
    }
  });

  it('the Recruspace preset is 100 per minute', () => {
    expect(RECRUSPACE_RATE_LIMIT).toEqual({ limit: 100, intervalMs: 60_000 });
  });

  it('paces a bulk job instead of collecting 429s', async () => {
    // On a fake clock: the spacing is exact, not at the mercy of a busy machine's timers.
    vi.useFakeTimers();
    try {
      const starts: number[] = [];
      const fetch = async () => (starts.push(Date.now()), new Response('[]', { headers: { 'content-type': 'application/json' } }));
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch, rateLimit: { limit: 5, intervalMs: 200 } });
      const began = Date.now();
      const all = Promise.all(Array.from({ length: 12 }, () => rs.GET('/api/v1/client/talent-pools/')));
      await vi.runAllTimersAsync();
      await all;
      expect(starts).toHaveLength(12);
      // 12 requests at 5 per 200 ms: three windows, so the last starts 400 ms in.
      expect(starts.at(-1)! - began).toBeGreaterThanOrEqual(400);
      for (let i = 5; i < starts.length; i++) expect(starts[i]! - starts[i - 5]!).toBeGreaterThanOrEqual(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is off by default, and rateLimit: true uses the API preset', async () => {
    vi.useFakeTimers();
    try {
      let sent = 0;
      const fetch = async () => (sent++, new Response('[]', { headers: { 'content-type': 'application/json' } }));
      const calls = (rs: ReturnType<typeof createRecruspaceClient>) =>
        Array.from({ length: 101 }, () => rs.GET('/api/v1/client/talent-pools/'));
      await Promise.all(calls(createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch })));
      expect(sent).toBe(101);
      sent = 0;
      const paced = Promise.all(calls(createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch, rateLimit: true })));
      // The 101st waits a full minute after the first answer, plus the 25 ms margin.
      await vi.advanceTimersByTimeAsync(60_000);
      expect(sent).toBe(100);
      await vi.advanceTimersByTimeAsync(25);
      await paced;
      expect(sent).toBe(101);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('logging', () => {
  const recorder = () => {
    const lines: Array<[string, string]> = [];
    const logger = Object.fromEntries(
      (['error', 'warn', 'info', 'debug'] as const).map((level) => [level, (message: string) => lines.push([level, message])]),
    ) as unknown as Logger;
    return { lines, logger };
  };

  it('is silent by default, info with a logger, and each level includes the ones before it', () => {
    expect(createLog(undefined, undefined)).toBeUndefined();
    expect(createLog(console, 'silent')).toBeUndefined();
    expect(Object.keys(createLog(console, undefined)!)).toEqual(['error', 'warn', 'info']);
    expect(Object.keys(createLog(console, 'warn')!)).toEqual(['error', 'warn']);
    expect(Object.keys(createLog(undefined, 'debug')!)).toEqual(['error', 'warn', 'info', 'debug']);
  });

  it('logs each retry at info, requests and responses at debug', async () => {
    const { lines, logger } = recorder();
    let n = 0;
    const fetch = async () => new Response('{}', { status: n++ === 0 ? 503 : 200, headers: { 'content-type': 'application/json' } });
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch, logger, logLevel: 'debug', backoff: { initialDelayMs: 1 } });
    await rs.GET('/api/v1/client/talent-pools/');
    expect(lines.map(([level]) => level)).toEqual(['debug', 'debug', 'info', 'debug', 'debug']);
    expect(lines[2]![1]).toMatch(/^\[ats-sdk\] GET http:\/\/api\.test\/api\/v1\/client\/talent-pools\/ → 503; retry 1\/2 in \d+ ms$/);
  });

  it('redacts token-like query parameters and URL credentials', () => {
    const url = redactUrl('https://user:pw@api.test/x?token=a&api_key=b&apikey=c&key=d&access_token=e&secret=f&password=g&signature=h&page=2&limit=5');
    expect(url).toBe(
      'https://%5BREDACTED%5D:%5BREDACTED%5D@api.test/x?token=%5BREDACTED%5D&api_key=%5BREDACTED%5D&apikey=%5BREDACTED%5D&key=%5BREDACTED%5D&access_token=%5BREDACTED%5D&secret=%5BREDACTED%5D&password=%5BREDACTED%5D&signature=%5BREDACTED%5D&page=2&limit=5',
    );
    expect(redactUrl('https://api.test/plain/path/')).toBe('https://api.test/plain/path/');
  });
});

describe('default deadline', () => {
  it('times a call out after 60 s unless timeoutMs says otherwise', async () => {
    vi.useFakeTimers();
    try {
      // A server that never answers, as fetch sees it: the promise settles only on abort.
      const fetch = (request: Request) =>
        new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch, maxRetries: 0 });
      const pending = rs.GET('/api/v1/client/talent-pools/').catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(59_999);
      const early = await Promise.race([pending, Promise.resolve('still waiting')]);
      expect(early).toBe('still waiting');
      await vi.advanceTimersByTimeAsync(1);
      expect(await pending).toBeInstanceOf(TimeoutError);
    } finally {
      vi.useRealTimers();
    }
  });
});
