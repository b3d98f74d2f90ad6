import { describe, expect, it } from 'vitest';
import { expectBodyMatchesSpec, recruspace, target } from '../support/contract.js';

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

  it.runIf(!target('recruspace').live)('sends the key as a bearer token (the mock accepts any)', async () => {
    const { response } = await recruspace().GET('/api/v1/client/companies/users/');
    expect(response.status).toBe(200);
  });
});
