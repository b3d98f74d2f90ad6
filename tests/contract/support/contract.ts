// The vocabulary of the contract suite: which server, which client, and what "conforms" means.
import { createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { describe, expect, inject, it } from 'vitest';
import { documentedStatuses, responseValidator, successStatus, successStatuses } from '@ats-sdk/spec/testing';
import type { ApiName, Target } from './targets.js';

export function target(api: ApiName): Target {
  const found = inject('targets')[api];
  if (!found) throw new Error(`No ${api} target: its bundled spec is missing (run the build first).`);
  return found;
}

/** True when the suite talks to the real API (see targets.ts). */
export const isLive = (api: ApiName) => target(api).live;

/**
 * A test that writes (creates, updates, deletes). Against a live API it runs only when
 * CONTRACT_ALLOW_WRITES=1, so pointing the suite at production never creates data by accident.
 */
export function itWrites(api: ApiName, name: string, fn: () => Promise<void>) {
  it.skipIf(isLive(api) && process.env.CONTRACT_ALLOW_WRITES !== '1')(name, fn);
}

/** A check only the mock can make (e.g. its sl-violations header, or an example id). */
export function itMockOnly(api: ApiName, name: string, fn: () => Promise<void>) {
  it.skipIf(isLive(api))(name, fn);
}

/** A check only a live server can make (e.g. that it rejects a wrong token: the mock takes any). */
export function itLiveOnly(api: ApiName, name: string, fn: () => Promise<void>) {
  it.skipIf(!isLive(api))(name, fn);
}

/**
 * An id to read: the spec's example id on the mock; on a live server, the id in
 * CONTRACT_<API>_<NAME> (e.g. CONTRACT_RECRUSPACE_CANDIDATE_ID), since example ids do not exist there.
 */
export function fixtureId<T extends string | number>(api: ApiName, name: string, mockValue: T): T {
  if (!isLive(api)) return mockValue;
  const variable = `CONTRACT_${api.replace('-', '_').toUpperCase()}_${name.toUpperCase()}`;
  const value = process.env[variable];
  if (!value) throw new Error(`Live contract run: set ${variable} to an existing ${name.toLowerCase().replace('_', ' ')}.`);
  return (typeof mockValue === 'number' ? Number(value) : value) as T;
}

/** Groups the tests of one operation; the coverage test finds operations by these calls. */
export function describeOperation(api: ApiName, operationId: string, body: () => void) {
  describe(`${api} › ${operationId}`, body);
}

export function recruspace(options: { apiKey?: string } = {}) {
  const { baseUrl, token } = target('recruspace');
  // requireCredentials: false, so a test can leave the key out and see what the server says.
  return createRecruspaceClient({ baseUrl, apiKey: 'apiKey' in options ? options.apiKey : token, requireCredentials: false });
}

export function unifiedAts(options: { token?: string; integratedAccountId?: string } = {}) {
  const { baseUrl, token, integratedAccountId } = target('unified-ats');
  return createUnifiedAtsClient({
    baseUrl,
    token: 'token' in options ? options.token : token,
    integratedAccountId: 'integratedAccountId' in options ? options.integratedAccountId : integratedAccountId,
    requireCredentials: false,
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
 * The call got a documented success status, the mock saw nothing wrong with the request
 * (Prism reports request and response violations in `sl-violations`), and the body conforms.
 * The mock answers the first 2xx listed; a live server may answer any documented 2xx (Update Talent
 * Pool lists both 200 and 204), and its body is checked against that status.
 */
export function expectDocumentedSuccess(api: ApiName, operationId: string, result: FetchResult) {
  const { status } = result.response;
  if (target(api).live) {
    expect(successStatuses(api, operationId), `${operationId}: ${status} ${JSON.stringify(result.error)}`).toContain(status);
  } else {
    expect(status, `${operationId}: ${JSON.stringify(result.error)}`).toBe(successStatus(api, operationId));
    expect(result.response.headers.get('sl-violations')).toBeNull();
  }
  expectBodyMatchesSpec(api, operationId, status, result.data);
}

/**
 * The call was refused as invalid: a 4xx, its body conforms to the spec wherever the status is
 * documented, and (on the mock, whose messages we control) the body names the offending input.
 */
export function expectRequestError(api: ApiName, operationId: string, result: FetchResult, names?: string) {
  const { status } = result.response;
  expect(status, `${operationId}: expected a 4xx, got ${status}`).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(result.data).toBeUndefined();
  expect(result.error).toBeDefined();
  if (documentedStatuses(api, operationId).includes(status)) expectBodyMatchesSpec(api, operationId, status, result.error);
  if (names && !target(api).live) expect(JSON.stringify(result.error)).toContain(names);
}
