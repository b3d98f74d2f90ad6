// Typed errors, retries and request ids against the mock's documented error responses, chosen with
// `Prefer: code=…`. Mock only: a live API cannot be asked for a given error.
import {
  createRecruspaceClient,
  createUnifiedAtsClient,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  type RetryInfo,
} from '@ats-sdk/client';
import { describe, expect } from 'vitest';
import { expectBodyMatchesSpec, itMockOnly, target } from '../support/contract.js';

const rs = (options: Parameters<typeof createRecruspaceClient>[0] = {}) => {
  const { baseUrl, token } = target('recruspace');
  return createRecruspaceClient({ baseUrl, apiKey: token, ...options });
};
const ua = (options: Parameters<typeof createUnifiedAtsClient>[0] = {}) => {
  const { baseUrl, token, integratedAccountId } = target('unified-ats');
  return createUnifiedAtsClient({ baseUrl, token, integratedAccountId, ...options });
};

describe('typed errors from the mock', () => {
  itMockOnly('recruspace', 'a documented 404 rejects the throwing form with NotFoundError and its spec body', async () => {
    const error = await rs()
      .throwing.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 123 } }, headers: { Prefer: 'code=404' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).retries).toBe(0);
    expectBodyMatchesSpec('recruspace', 'getCandidate', 404, (error as NotFoundError).body);
  });

  itMockOnly('recruspace', "a 429 with the spec's Retry-After: 1 is waited for and retried, then RateLimitError", async () => {
    const retries: RetryInfo[] = [];
    const started = Date.now();
    const error = await rs({ maxRetries: 1, onRetry: (info) => retries.push(info) })
      .throwing.GET('/api/v1/client/companies/users/', { headers: { Prefer: 'code=429' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retries).toBe(1);
    expect(retries.map((r) => [r.status, r.delayMs])).toEqual([[429, 1000]]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expectBodyMatchesSpec('recruspace', 'listCompanyUsers', 429, (error as RateLimitError).body);
  });

  itMockOnly('unified-ats', 'a 503 is retried with backoff, then resolves { error } (or throws InternalServerError)', async () => {
    const retries: RetryInfo[] = [];
    const client = ua({ backoff: { initialDelayMs: 10 }, onRetry: (info) => retries.push(info) });
    const init = { params: { path: { id: '23423523' } }, headers: { Prefer: 'code=503' } };
    const { error, response } = await client.GET('/unified/ats/candidates/{id}', init);
    expect(response.status).toBe(503);
    expect(retries.map((r) => r.retry)).toEqual([1, 2]);
    expectBodyMatchesSpec('unified-ats', 'getCandidate', 503, error);
    await expect(client.throwing.GET('/unified/ats/candidates/{id}', { ...init, maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
  });
});
