import { describe, expect, it } from 'vitest';
import { expectBodyMatchesSpec, expectDocumentedSuccess, itLiveOnly, itMockOnly, unifiedAts } from '../support/contract.js';

describe('unified-ats required parameters and auth', () => {
  // integrated_account_id is optional in the spec (an integrated-account token implies it, policy 5), so
  // only a live server called with an API token can show that it is needed.
  itLiveOnly('unified-ats', 'rejects an API-token call without integrated_account_id with a 4xx', async () => {
    const { data, error, response } = await unifiedAts({ integratedAccountId: undefined }).GET('/unified/ats/candidates');
    expect(data).toBeUndefined();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(new URL(response.url).searchParams.has('integrated_account_id')).toBe(false);
    expect(error).toBeDefined();
    if (response.status === 400) expectBodyMatchesSpec('unified-ats', 'listCandidates', 400, error);
  });

  itMockOnly('unified-ats', 'accepts a call without integrated_account_id, as an integrated-account token would', async () => {
    const result = await unifiedAts({ integratedAccountId: undefined }).GET('/unified/ats/candidates');
    expect(new URL(result.response.url).searchParams.has('integrated_account_id')).toBe(false);
    expectDocumentedSuccess('unified-ats', 'listCandidates', result);
  });

  it('answers a call without a token with 401 and the Truto error envelope', async () => {
    const { data, error, response } = await unifiedAts({ token: undefined }).GET('/unified/ats/candidates/{id}', {
      params: { path: { id: '23423523' } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ statusCode: 401, error: expect.any(String), message: expect.any(String) });
    expectBodyMatchesSpec('unified-ats', 'getCandidate', 401, error);
  });

  itLiveOnly('unified-ats', 'rejects a wrong token with 401', async () => {
    const { error, response } = await unifiedAts({ token: 'not-a-real-token' }).GET('/unified/ats/users', {});
    expect(response.status).toBe(401);
    expectBodyMatchesSpec('unified-ats', 'listUsers', 401, error);
  });
});
