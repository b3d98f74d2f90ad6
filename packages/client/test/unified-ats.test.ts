import { describe, expect, it } from 'vitest';
import { createUnifiedAtsClient, UNIFIED_ATS_BASE_URL } from '../src/index.js';

function recordingFetch(body: unknown = { result: [], next_cursor: null }) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

const ACCOUNT = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';

describe('createUnifiedAtsClient', () => {
  it('sends the token and injects integrated_account_id into every call', async () => {
    const { fetch, requests } = recordingFetch();
    const ua = createUnifiedAtsClient({ token: 'truto_tok', integratedAccountId: ACCOUNT, fetch });
    await ua.GET('/unified/ats/candidates', {});
    await ua.GET('/unified/ats/jobs/{id}', { params: { path: { id: '42' } } });
    const urls = requests.map((r) => new URL(r.url));
    expect(urls.map((u) => u.origin + u.pathname)).toEqual([
      `${UNIFIED_ATS_BASE_URL}/unified/ats/candidates`,
      `${UNIFIED_ATS_BASE_URL}/unified/ats/jobs/42`,
    ]);
    expect(urls.map((u) => u.searchParams.getAll('integrated_account_id'))).toEqual([[ACCOUNT], [ACCOUNT]]);
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer truto_tok');
  });

  it("keeps a call's own integrated_account_id", async () => {
    const { fetch, requests } = recordingFetch();
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: ACCOUNT, fetch });
    await ua.GET('/unified/ats/users', { params: { query: { integrated_account_id: 'other-account' } } });
    expect(new URL(requests[0]!.url).searchParams.getAll('integrated_account_id')).toEqual(['other-account']);
  });

  it('keeps the rest of the query and the body intact when injecting', async () => {
    const { fetch, requests } = recordingFetch({ id: '1' });
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: ACCOUNT, baseUrl: 'http://api.test', fetch });
    await ua.POST('/unified/ats/activities', {
      params: { query: { remote_query: { foo: 'bar' }, truto_ignore_remote_data: true } },
      body: { candidate_id: 'c1', body: 'Called the candidate' },
    });
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get('truto_ignore_remote_data')).toBe('true');
    expect(url.searchParams.get('remote_query[foo]')).toBe('bar');
    expect(url.searchParams.get('integrated_account_id')).toBe(ACCOUNT);
    expect(await requests[0]!.json()).toEqual({ candidate_id: 'c1', body: 'Called the candidate' });
  });

  it('sends Truto array parameters in bracket form', async () => {
    const { fetch, requests } = recordingFetch();
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: ACCOUNT, fetch });
    await ua.GET('/unified/ats/candidates', { params: { query: { 'truto_exclude_fields[]': ['id', 'name'] } } });
    expect(new URL(requests[0]!.url).searchParams.getAll('truto_exclude_fields[]')).toEqual(['id', 'name']);
  });
});
