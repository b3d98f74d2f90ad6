import { describe, expect, it } from 'vitest';
import { expectBodyMatchesSpec, itLiveOnly, itMockOnly, recruspace } from '../support/contract.js';

describe('recruspace authentication', () => {
  it('answers a call without an API key with 401 and a {detail} body', async () => {
    const { data, error, response } = await recruspace({ apiKey: undefined }).GET(
      '/api/v1/client/candidates/{candidate_id}/',
      { params: { path: { candidate_id: 123 } } },
    );
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error).toEqual({ detail: expect.any(String) });
    expectBodyMatchesSpec('recruspace', 'getCandidate', 401, error);
  });

  itMockOnly('recruspace', 'accepts any bearer token (the mock checks presence, not value)', async () => {
    const { response } = await recruspace({ apiKey: 'any-value' }).GET('/api/v1/client/companies/users/');
    expect(response.status).toBe(200);
  });

  itLiveOnly('recruspace', 'rejects a wrong API key with 401', async () => {
    const { error, response } = await recruspace({ apiKey: 'not-a-real-key' }).GET('/api/v1/client/companies/users/');
    expect(response.status).toBe(401);
    expectBodyMatchesSpec('recruspace', 'listCompanyUsers', 401, error);
  });
});
