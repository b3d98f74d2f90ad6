// The ten hard edges an adversarial review found (issue 12). Each test failed before its fix.
import { describe, expect, it, vi } from 'vitest';
import {
  AtsSdkError,
  createRateLimiter,
  createRecruspaceClient,
  createUnifiedAtsClient,
  PaginationError,
  ResponseParseError,
  type Logger,
} from '../src/index.js';
import { redactHeaders, redactUrl } from '../src/core/logger.js';
import { serverDelayMs } from '../src/core/retry.js';
import { json, sequence, startServer } from './support/server.js';
import { BASE } from './support/stub.js';

const ok = (body: unknown = {}, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('1. rate limiting never trips a DRF-style counter', () => {
  it('40 sequential calls at the documented 10/s against a sliding-window counter: no 429', async () => {
    vi.useFakeTimers();
    try {
      // DRF's SimpleRateThrottle: the arrival times of the last window; a request is refused when
      // `limit` arrivals are still inside it. Arrival lags the send by the upload time, which varies
      // (the first requests pay for connection setup): exactly what booking at send time ignores.
      const arrivals: number[] = [];
      let sent = 0;
      const statuses: number[] = [];
      const fetch = async () => {
        const upload = sent++ < 10 ? 30 : 2;
        await new Promise((r) => setTimeout(r, upload));
        const now = Date.now();
        while (arrivals.length && arrivals[0]! <= now - 1000) arrivals.shift();
        const refused = arrivals.length >= 10;
        if (!refused) arrivals.push(now);
        await new Promise((r) => setTimeout(r, 2));
        statuses.push(refused ? 429 : 200);
        return ok([], refused ? 429 : 200);
      };
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, maxRetries: 0, rateLimit: { limit: 10, intervalMs: 1000 } });
      const job = (async () => {
        for (let i = 0; i < 40; i++) await rs.GET('/api/v1/client/talent-pools/');
      })();
      await vi.runAllTimersAsync();
      await job;
      expect(statuses).toHaveLength(40);
      expect(statuses.filter((s) => s === 429)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a call aborted while queued frees its slot', async () => {
    vi.useFakeTimers();
    try {
      const starts: number[] = [];
      const fetch = async () => (starts.push(Date.now()), ok([]));
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, rateLimit: { limit: 1, intervalMs: 1000 } });
      const began = Date.now();
      await rs.GET('/api/v1/client/talent-pools/');
      const controller = new AbortController();
      const aborted = rs.GET('/api/v1/client/talent-pools/', { signal: controller.signal }).catch((e: unknown) => e);
      const third = rs.GET('/api/v1/client/talent-pools/');
      controller.abort(new Error('changed my mind'));
      expect(await aborted).toMatchObject({ message: 'changed my mind' });
      await vi.advanceTimersByTimeAsync(1100);
      await third;
      // The third call takes the aborted one's place: one window after the first, not two.
      expect(starts.map((t) => t - began)).toEqual([0, expect.any(Number)]);
      expect(starts[1]! - began).toBeLessThan(2000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses nonsense limits', () => {
    for (const bad of [{ limit: 0, intervalMs: 1000 }, { limit: -1, intervalMs: 1000 }, { limit: NaN, intervalMs: 1000 }, { limit: 5, intervalMs: 0 }, { limit: 5, intervalMs: NaN }]) {
      expect(() => createRateLimiter(bad), JSON.stringify(bad)).toThrow(/limit|intervalMs/);
    }
  });
});

describe('2. the Truto client sends bodies with a length', () => {
  it('a JSON write carries Content-Length and survives a same-origin 307', async () => {
    const server = await startServer(
      sequence(
        (res) => res.writeHead(307, { location: '/unified/ats/candidates?integrated_account_id=acc' }).end(),
        (res) => json(res, 201, { id: 'c1' }),
      ),
    );
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: server.url });
    const { data } = await ua.throwing.POST('/unified/ats/candidates', { body: { first_name: 'Jane' } });
    expect(data).toEqual({ id: 'c1' });
    expect(server.hits).toHaveLength(2);
    for (const hit of server.hits) {
      expect(hit.headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify({ first_name: 'Jane' }))));
      expect(hit.headers['transfer-encoding']).toBeUndefined();
      expect(new URL(hit.url, server.url).searchParams.get('integrated_account_id')).toBe('acc');
    }
  });
});

describe('3. idempotency keys only where the API documents them', () => {
  it('Recruspace refuses idempotencyKey and never retries a write, Truto retries it', async () => {
    let rsCalls = 0;
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => (rsCalls++, ok({}, 503)), backoff: { initialDelayMs: 1 } });
    // @ts-expect-error: Recruspace documents no idempotency support
    await expect(rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'x' }, idempotencyKey: true })).rejects.toThrow(/idempotency/i);
    const sneaky = await rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'x' }, headers: { 'Idempotency-Key': 'k1' } });
    expect(sneaky.response.status).toBe(503);
    expect(rsCalls).toBe(1);

    let uaCalls = 0;
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch: async () => (uaCalls++, ok({}, 503)), backoff: { initialDelayMs: 1 } });
    await ua.POST('/unified/ats/candidates', { body: {}, idempotencyKey: true });
    expect(uaCalls).toBe(3);
  });
});

describe('4. an empty 2xx body where the operation declares one', () => {
  it('rejects with ResponseParseError in the throwing form; a 204 still resolves undefined', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => new Response('', { status: 200 }) });
    await expect(rs.throwing.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 1 } } })).rejects.toBeInstanceOf(
      ResponseParseError,
    );
    const deleted = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => new Response(null, { status: 204 }) });
    const { data } = await deleted.throwing.DELETE('/api/v1/client/talent-pools/{talent_pool_id}/', { params: { path: { talent_pool_id: 1 } } });
    expect(data).toBeUndefined();
  });
});

describe('5. pagination cannot loop forever or drop items', () => {
  it('a next whose query changes but whose page does not is a repeat', async () => {
    let n = 0;
    const fetch = async () => ok({ count: 9, next: `${BASE}/x/?page=2&nonce=${n++}`, previous: null, results: [{ hash: 'h' }] });
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch });
    await expect(rs.paginate('/api/v1/client/job-posts/', { maxPages: 50 }).toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(n).toBeLessThanOrEqual(3);
  });

  it('a non-string cursor is refused', async () => {
    let n = 0;
    const fetch = async () => (n++, ok({ result: [{ id: 'a' }], next_cursor: { at: 1 } }));
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch });
    await expect(ua.paginate('/unified/ats/candidates', { maxPages: 50 }).toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(n).toBe(1);
  });

  it('maxPages: 0 fetches nothing', async () => {
    let n = 0;
    const fetch = async () => (n++, ok({ result: [{ id: 'a' }], next_cursor: null }));
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch });
    expect(await ua.paginate('/unified/ats/candidates', { maxPages: 0 }).toArray()).toEqual([]);
    const pages = [];
    for await (const page of ua.paginate('/unified/ats/candidates', { maxPages: 0 }).pages()) pages.push(page);
    expect(pages).toEqual([]);
    expect(n).toBe(0);
  });

  it('concurrent next() calls on one iterator get every item once', async () => {
    const fetch = async (request: Request) => {
      const cursor = Number(new URL(request.url).searchParams.get('next_cursor') ?? 0);
      return ok({ result: [{ id: String(cursor * 2) }, { id: String(cursor * 2 + 1) }], next_cursor: cursor < 2 ? String(cursor + 1) : null });
    };
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch });
    const iterator = ua.paginate('/unified/ats/candidates')[Symbol.asyncIterator]();
    const results = await Promise.all(Array.from({ length: 8 }, () => iterator.next()));
    expect(results.map((r) => (r.done ? 'done' : Number(r.value.id)))).toEqual([0, 1, 2, 3, 4, 5, 'done', 'done']);
  });
});

describe('6. timeouts are validated', () => {
  it('a timeoutMs beyond the timer range does not fire at once', async () => {
    const rs = createRecruspaceClient({
      apiKey: 'k',
      baseUrl: BASE,
      timeoutMs: 2 ** 31,
      fetch: (request) => new Promise((resolve) => setTimeout(() => resolve(ok([])), 20)).then((r) => (request.signal.throwIfAborted(), r as Response)),
    });
    const { response } = await rs.GET('/api/v1/client/talent-pools/');
    expect(response.status).toBe(200);
  });

  it('NaN and negative timeouts are refused, at creation and per call', async () => {
    expect(() => createRecruspaceClient({ apiKey: 'k', timeoutMs: NaN })).toThrow(/timeoutMs/);
    expect(() => createRecruspaceClient({ apiKey: 'k', timeoutMs: -1 })).toThrow(/timeoutMs/);
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => ok([]) });
    await expect(rs.GET('/api/v1/client/talent-pools/', { timeoutMs: -5 })).rejects.toThrow(/timeoutMs/);
  });
});

describe('7. Retry-After is read strictly', () => {
  it('accepts delta-seconds, IMF-fixdate and retry-after-ms only', () => {
    const h = (headers: Record<string, string>) => serverDelayMs(new Headers(headers), 503);
    expect(h({ 'retry-after': '-5' })).toBeUndefined();
    expect(h({ 'retry-after': '0x10' })).toBeUndefined();
    expect(h({ 'retry-after': '1e3' })).toBeUndefined();
    expect(h({ 'retry-after': '2' })).toBe(2000);
    expect(h({ 'retry-after': 'Sun, 06 Nov 1994 08:49:37 GMT' })).toBe(0);
    const soon = h({ 'retry-after': new Date(Date.now() + 10_000).toUTCString() })!;
    expect(soon).toBeGreaterThan(8000);
    expect(h({ 'retry-after': '2026-01-01' })).toBeUndefined();
    expect(h({ 'retry-after-ms': '250' })).toBe(250);
    expect(h({ 'retry-after-ms': '-250' })).toBeUndefined();
  });
});

describe('8. dot segments in path parameters', () => {
  it('are refused before anything is sent', async () => {
    let sent = 0;
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch: async () => (sent++, ok({})) });
    for (const id of ['.', '..']) {
      await expect(ua.GET('/unified/ats/candidates/{id}', { params: { path: { id } } })).rejects.toThrow(/path parameter `id`/);
    }
    expect(sent).toBe(0);
  });
});

describe('9. redaction by pattern', () => {
  it('hides secret-looking headers and signature query keys', () => {
    const headers = redactHeaders(new Headers({ 'x-truto-token': 'a', 'x-webhook-secret': 'b', 'x-client-key': 'c', accept: 'json' }));
    expect([...headers.entries()].filter(([, v]) => v !== '[REDACTED]')).toEqual([['accept', 'json']]);
    const url = redactUrl('https://api.test/x?X-Amz-Signature=abc&hmac=def&page=2');
    expect(url).not.toMatch(/abc|def/);
    expect(url).toContain('page=2');
  });

  it('debug logs never show secret-looking headers', async () => {
    const lines: string[] = [];
    const logger = { error() {}, warn() {}, info() {}, debug: (...args: unknown[]) => lines.push(JSON.stringify(args)) } as Logger;
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => ok([]), logger, logLevel: 'debug', headers: { 'X-Partner-Token': 'tok-123' } });
    await rs.GET('/api/v1/client/talent-pools/');
    expect(lines.join('\n')).not.toContain('tok-123');
  });

  it('a baseUrl with user:pass@ fails early without echoing it', () => {
    let error: unknown;
    try {
      createRecruspaceClient({ apiKey: 'k', baseUrl: 'https://me:hunter2@api.test' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AtsSdkError);
    expect(String((error as Error).message)).not.toContain('hunter2');
  });

  it('an invalid header value is refused without echoing it', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => ok([]) });
    const error = await rs.GET('/api/v1/client/talent-pools/', { headers: { 'X-Secret-Ish': 'sk-live-123\nx' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtsSdkError);
    expect(JSON.stringify(error) + String((error as Error).message) + String((error as Error).cause ?? '')).not.toContain('sk-live-123');
  });
});
