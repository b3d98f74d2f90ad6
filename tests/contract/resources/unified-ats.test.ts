// Every unified-ats operation in the spec, called through its generated resource method against the target
// (the mock unless live variables are set): the documented success, and a body that conforms.
import { listOperations } from '@ats-sdk/spec/testing';
import { describe, expect, it } from 'vitest';
import { expectDocumentedSuccess, isLive } from '../support/contract.js';
import { callThroughResource, resourceMethodOf } from '../support/resource-calls.js';

const API = 'unified-ats';
const operations = listOperations(API);

describe(`${API} resource methods`, () => {
  it('cover every operation in the spec', () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((o) => !resourceMethodOf(API, o.operationId)).map((o) => o.operationId)).toEqual([]);
  });

  for (const { operationId, method } of operations) {
    const name = resourceMethodOf(API, operationId)?.join('.') ?? operationId;
    // Against a live API, writes run only when allowed (as in the rest of the suite).
    const writes = method !== 'get';
    it.skipIf(writes && isLive(API) && process.env.CONTRACT_ALLOW_WRITES !== '1')(`${name} (${operationId}) succeeds as documented`, async () => {
      expectDocumentedSuccess(API, operationId, await callThroughResource(API, operationId));
    });
  }
});
