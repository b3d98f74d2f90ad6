// Configuration people expect: environment defaults, early and clear errors, derived clients,
// a per-call Authorization override, and a header naming the SDK.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AtsSdkError, createRecruspace, createRecruspaceClient, createUnifiedAts, createUnifiedAtsClient } from '../src/index.js';

function recordingFetch(body: unknown = []) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('environment defaults', () => {
  it('Recruspace reads RECRUSPACE_API_KEY and RECRUSPACE_BASE_URL', async () => {
    vi.stubEnv('RECRUSPACE_API_KEY', 'env-key');
    vi.stubEnv('RECRUSPACE_BASE_URL', 'http://env.test');
    const { fetch, requests } = recordingFetch();
    await createRecruspaceClient({ fetch }).GET('/api/v1/client/talent-pools/');
    expect(requests[0]!.url).toBe('http://env.test/api/v1/client/talent-pools/');
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer env-key');
  });

  it('options win over the environment', async () => {
    vi.stubEnv('RECRUSPACE_API_KEY', 'env-key');
    const { fetch, requests } = recordingFetch();
    await createRecruspaceClient({ apiKey: 'option-key', baseUrl: 'http://opt.test', fetch }).GET('/api/v1/client/talent-pools/');
    expect([requests[0]!.url, requests[0]!.headers.get('authorization')]).toEqual(['http://opt.test/api/v1/client/talent-pools/', 'Bearer option-key']);
  });

  it('Truto reads TRUTO_API_TOKEN, TRUTO_BASE_URL and TRUTO_INTEGRATED_ACCOUNT_ID', async () => {
    vi.stubEnv('TRUTO_API_TOKEN', 'env-token');
    vi.stubEnv('TRUTO_BASE_URL', 'http://truto.test');
    vi.stubEnv('TRUTO_INTEGRATED_ACCOUNT_ID', 'env-acc');
    const { fetch, requests } = recordingFetch({ result: [], next_cursor: null });
    await createUnifiedAtsClient({ fetch }).GET('/unified/ats/jobs');
    expect(requests[0]!.url).toBe('http://truto.test/unified/ats/jobs?integrated_account_id=env-acc');
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer env-token');
  });
});

describe('early errors', () => {
  it('no key and no variable: the constructor names the option and the variable', () => {
    vi.stubEnv('RECRUSPACE_API_KEY', '');
    vi.stubEnv('TRUTO_API_TOKEN', '');
    expect(() => createRecruspaceClient()).toThrow(AtsSdkError);
    expect(() => createRecruspaceClient()).toThrow(/apiKey.*RECRUSPACE_API_KEY/);
    expect(() => createUnifiedAts({ integratedAccountId: 'a' })).toThrow(/token.*TRUTO_API_TOKEN/);
  });

  it('requireCredentials: false opts out, for a mock or proxy that authenticates itself', async () => {
    vi.stubEnv('RECRUSPACE_API_KEY', '');
    const { fetch, requests } = recordingFetch();
    await createRecruspaceClient({ requireCredentials: false, baseUrl: 'http://api.test', fetch }).GET('/api/v1/client/talent-pools/');
    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });

  it('a Truto call without an integrated account fails before it is sent, unless the call gives one', async () => {
    vi.stubEnv('TRUTO_INTEGRATED_ACCOUNT_ID', '');
    const { fetch, requests } = recordingFetch({ result: [], next_cursor: null });
    const ua = createUnifiedAts({ token: 't', baseUrl: 'http://api.test', fetch });
    await expect(ua.jobs.list()).rejects.toThrow(/integratedAccountId.*TRUTO_INTEGRATED_ACCOUNT_ID/);
    await expect(ua.GET('/unified/ats/jobs')).rejects.toThrow(AtsSdkError);
    expect(requests).toHaveLength(0);
    await ua.jobs.list({ integrated_account_id: 'acc-2' });
    expect(new URL(requests[0]!.url).searchParams.get('integrated_account_id')).toBe('acc-2');
  });
});

describe('withOptions', () => {
  it('derives a client per integrated account, keeping the rest and merging headers', async () => {
    const { fetch, requests } = recordingFetch({ result: [], next_cursor: null });
    const ua = createUnifiedAts({ token: 't', integratedAccountId: 'acc-1', baseUrl: 'http://api.test', fetch, headers: { 'X-App': 'a' } });
    const other = ua.withOptions({ integratedAccountId: 'acc-2', headers: { 'X-Tenant': 'b' } });
    await other.jobs.list();
    await ua.jobs.list();
    expect(requests.map((r) => new URL(r.url).searchParams.get('integrated_account_id'))).toEqual(['acc-2', 'acc-1']);
    expect([requests[0]!.headers.get('x-app'), requests[0]!.headers.get('x-tenant'), requests[1]!.headers.get('x-tenant')]).toEqual(['a', 'b', null]);
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer t');
  });

  it('a derived client shares the rate limiter', async () => {
    vi.useFakeTimers();
    try {
      const starts: number[] = [];
      const fetch = async () => (starts.push(Date.now()), new Response('[]', { headers: { 'content-type': 'application/json' } }));
      const rs = createRecruspace({ apiKey: 'k', baseUrl: 'http://api.test', fetch, rateLimit: { limit: 1, intervalMs: 1000 } });
      const tenant = rs.withOptions({ headers: { 'X-Tenant': 't' } });
      const began = Date.now();
      const both = Promise.all([rs.talentPools.list(), tenant.talentPools.list()]);
      await vi.advanceTimersByTimeAsync(2000);
      await both;
      expect(starts[1]! - began).toBeGreaterThanOrEqual(1000);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('headers', () => {
  it("a call's Authorization overrides the client's key", async () => {
    const { fetch, requests } = recordingFetch();
    const rs = createRecruspace({ apiKey: 'client-key', baseUrl: 'http://api.test', fetch });
    await rs.talentPools.list({ headers: { Authorization: 'Bearer other-key' } });
    await rs.talentPools.list();
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer other-key', 'Bearer client-key']);
  });

  it('a User-Agent names the SDK and its version; headers can replace it', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    const { fetch, requests } = recordingFetch();
    await createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch }).GET('/api/v1/client/talent-pools/');
    await createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch, headers: { 'User-Agent': 'mine/1' } }).GET('/api/v1/client/talent-pools/');
    expect(requests.map((r) => r.headers.get('user-agent'))).toEqual([`ats-sdk-client/${version}`, 'mine/1']);
  });
});
