// Logging and redaction (src/core/logger.ts): what a log line or an error message may show, and what
// it must hide. Secrets never appear; ordinary values stay readable so the lines are still useful.
import { describe, expect, it, vi } from 'vitest';
import { createRecruspaceClient, type Logger } from '../src/index.js';
import { createLog, redactHeaders, redactMessage, redactUrl } from '../src/core/logger.js';
import { BASE, LIST } from './support/stub.js';

const R = '%5BREDACTED%5D';

function recorder() {
  const lines: Array<[level: string, ...args: unknown[]]> = [];
  const logger = Object.fromEntries(
    ['error', 'warn', 'info', 'debug'].map((level) => [level, (...args: unknown[]) => lines.push([level, ...args])]),
  ) as unknown as Logger;
  return { lines, logger };
}

describe('log levels', () => {
  it("'error' enables only error, each further level adds one, 'silent' none; lines are prefixed", () => {
    const { lines, logger } = recorder();
    const levels = (level: Parameters<typeof createLog>[1]) => Object.keys(createLog(logger, level) ?? {});
    expect(levels('silent')).toEqual([]);
    expect(levels('error')).toEqual(['error']);
    expect(levels('warn')).toEqual(['error', 'warn']);
    expect(levels('debug')).toEqual(['error', 'warn', 'info', 'debug']);
    // A logger without a level logs at `info`; neither logs nothing at all.
    expect(levels(undefined)).toEqual(['error', 'warn', 'info']);
    expect(createLog(undefined, undefined)).toBeUndefined();
    createLog(logger, 'error')!.error!('boom', { n: 1 });
    expect(lines).toEqual([['error', '[ats-sdk] boom', { n: 1 }]]);
  });

  it('debug logs each request (redacted headers) and each answer with its duration', async () => {
    vi.useFakeTimers();
    try {
      const { lines, logger } = recorder();
      const fetch = () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('[]')), 120));
      const rs = createRecruspaceClient({ apiKey: 'sk-1', baseUrl: BASE, fetch, logger, logLevel: 'debug' });
      const pending = rs.GET(LIST, { params: { query: { page: 2 } as never } });
      await vi.advanceTimersByTimeAsync(120);
      await pending;
      expect(lines).toHaveLength(2);
      const [request, answer] = lines;
      expect(request!.slice(0, 2)).toEqual(['debug', `[ats-sdk] → GET ${BASE}${LIST}?page=2`]);
      expect(request![2]).toMatchObject({ authorization: '[REDACTED]' });
      expect(answer).toEqual(['debug', `[ats-sdk] ← 200 GET ${BASE}${LIST}?page=2 in 120 ms`]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('info logs each retry: the status or the connection error, which retry, and the wait', async () => {
    const { lines, logger } = recorder();
    let n = 0;
    const fetch = async () => {
      if (n++ === 0) throw new TypeError('fetch failed');
      return n === 2 ? new Response(null, { status: 503 }) : new Response('[]');
    };
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, logger, backoff: { initialDelayMs: 1 } });
    expect((await rs.GET(LIST)).response.status).toBe(200);
    expect(lines.map((l) => l[0])).toEqual(['info', 'info']);
    expect(lines[0]![1]).toMatch(new RegExp(`^\\[ats-sdk\\] GET ${BASE}${LIST} → GET ${BASE}${LIST} failed: fetch failed; retry 1/2 in \\d+ ms$`));
    expect(lines[1]![1]).toMatch(new RegExp(`^\\[ats-sdk\\] GET ${BASE}${LIST} → 503; retry 2/2 in \\d+ ms$`));
  });
});

describe('header redaction', () => {
  it('hides api keys however they are spelled, and a bare `key`; keeps ordinary headers', () => {
    const headers = redactHeaders(
      new Headers({ apikey: 'a', 'x-apikey': 'b', key: 'c', 'x-keycloak-realm': 'acme', 'x-request-id': 'req-1', accept: 'application/json' }),
    );
    expect(Object.fromEntries(headers)).toEqual({
      accept: 'application/json',
      apikey: '[REDACTED]',
      key: '[REDACTED]',
      'x-apikey': '[REDACTED]',
      'x-keycloak-realm': 'acme',
      'x-request-id': 'req-1',
    });
  });
});

describe('URL redaction', () => {
  it('hides credential-like query parameters and leaves ordinary filters readable', () => {
    const url = redactUrl('https://api.test/x?key=k1&code=c1&sig=s1&auth=a1&keyword=python&sort_key=name&country_code=DE&signed_after=2024&coauthor=jo&codes=7');
    const params = Object.fromEntries(new URL(url).searchParams);
    expect(params).toEqual({
      key: '[REDACTED]',
      code: '[REDACTED]',
      sig: '[REDACTED]',
      auth: '[REDACTED]',
      keyword: 'python',
      sort_key: 'name',
      country_code: 'DE',
      signed_after: '2024',
      coauthor: 'jo',
      codes: '7',
    });
  });

  it('returns a URL with nothing to hide exactly as given', () => {
    for (const url of ['https://api.test', 'http://API.test/a/./b', '/api/v1/client/talent-pools/']) expect(redactUrl(url)).toBe(url);
  });

  it('a relative or unparsable URL loses its query and any user:password', () => {
    expect(redactUrl('/api/v1/client/talent-pools/?page=2&token=t0k')).toBe('/api/v1/client/talent-pools/');
    expect(redactUrl('//me:pw@api.test/x?page=2')).toBe('//[REDACTED]@api.test/x');
    expect(redactUrl('http://me:pw@[bad/x?token=t0k')).toBe('http://[REDACTED]@[bad/x');
  });
});

describe('message redaction (runtime errors quoted in our errors)', () => {
  it('replaces quoted values and hides the secrets of any URL in the message', () => {
    expect(redactMessage(`Headers.set: "Bearer sk_live_1\n" is an invalid header value.`)).toBe(
      'Headers.set: "[REDACTED]" is an invalid header value.',
    );
    expect(redactMessage(`Invalid value 'sk_live_2' for header`)).toBe('Invalid value "[REDACTED]" for header');
    expect(redactMessage('Request cannot be constructed from a URL that includes credentials: https://me:pw@api.test/x?token=t&page=2 (see docs)')).toBe(
      `Request cannot be constructed from a URL that includes credentials: https://${R}:${R}@api.test/x?token=${R}&page=2 (see docs)`,
    );
    expect(redactMessage('no secrets here')).toBe('no secrets here');
  });

  it('an invalid request is refused with the method, the path template and the redacted reason', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => new Response('[]') });
    const error = (await rs.GET(LIST, { headers: { 'X-Custom': 'sk-live-123\nx' } }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(new RegExp(`^GET ${LIST}: invalid request \\(.+\\)$`));
    expect(error.message).not.toContain('sk-live-123');
  });
});
