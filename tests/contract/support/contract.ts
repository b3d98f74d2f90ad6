// The vocabulary of the contract suite: which server, which client, and what "conforms" means.
import { createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { describe, expect, inject } from 'vitest';
import { responseValidator, successStatus } from '@ats-sdk/spec/testing';
import type { ApiName, Target } from './targets.js';

export function target(api: ApiName): Target {
  const found = inject('targets')[api];
  if (!found) throw new Error(`No ${api} target: its bundled spec is missing (run the build first).`);
  return found;
}

/** Groups the tests of one operation; the coverage test finds operations by these calls. */
export function describeOperation(api: ApiName, operationId: string, body: () => void) {
  describe(`${api} › ${operationId}`, body);
}

export function recruspace(options: { apiKey?: string } = {}) {
  const { baseUrl, token } = target('recruspace');
  return createRecruspaceClient({ baseUrl, apiKey: 'apiKey' in options ? options.apiKey : token });
}

export function unifiedAts(options: { token?: string; integratedAccountId?: string } = {}) {
  const { baseUrl, token, integratedAccountId } = target('unified-ats');
  return createUnifiedAtsClient({
    baseUrl,
    token: 'token' in options ? options.token : token,
    integratedAccountId: 'integratedAccountId' in options ? options.integratedAccountId : integratedAccountId,
  });
}

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The body validates against the schema the spec gives this operation and status. */
export function expectBodyMatchesSpec(api: ApiName, operationId: string, status: number, body: unknown) {
  const validate = responseValidator(api, operationId, status, target(api).live ? 'live' : 'mock');
  if (!validate) {
    expect(body ?? undefined, `${operationId} ${status} documents no JSON body`).toBeUndefined();
    return;
  }
  const valid = validate(body);
  expect(valid, `${operationId} ${status} body: ${JSON.stringify(validate.errors, null, 2)}`).toBe(true);
}

/**
 * The call got the documented success status, the mock saw nothing wrong with the request
 * (Prism reports request and response violations in `sl-violations`), and the body conforms.
 */
export function expectDocumentedSuccess(api: ApiName, operationId: string, result: FetchResult) {
  const status = successStatus(api, operationId);
  expect(result.response.status, `${operationId}: ${JSON.stringify(result.error)}`).toBe(status);
  if (!target(api).live) expect(result.response.headers.get('sl-violations')).toBeNull();
  expectBodyMatchesSpec(api, operationId, status, result.data);
}
