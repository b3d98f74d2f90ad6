// Called with an API token, every Truto operation requires integrated_account_id (with an
// integrated-account token it is implied, so the spec makes it optional and only a live server can
// check this), and several require more: each called without it gets a 4xx in the Truto error
// envelope, naming what is missing, through the real client.
import { toFormData } from '@ats-sdk/client';
import { listOperations, sampleRequest } from '@ats-sdk/spec/testing';
import { describe, it } from 'vitest';
import { expectRequestError, isLive, unifiedAts } from '../support/contract.js';

const wrong = <T>(value: unknown) => value as T;
type Method = 'GET' | 'POST';

describe('unified-ats rejects a call without integrated_account_id', () => {
  const client = () => unifiedAts({ integratedAccountId: undefined });
  it.skipIf(!isLive('unified-ats')).each(listOperations('unified-ats').map((o) => [o.operationId, o.method.toUpperCase() as Method, o.path] as const))(
    '%s',
    async (operationId, method, path) => {
      // The spec's own example values for everything else, so only the account id is missing.
      const sample = new URL(sampleRequest('unified-ats', operationId).url, 'http://x');
      const pathParams = Object.fromEntries([...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, '23423523']));
      const query = Object.fromEntries([...sample.searchParams].filter(([k]) => k !== 'integrated_account_id'));
      const call = (client() as unknown as Record<Method, (path: string, init: object) => Promise<never>>)[method];
      const result = await call(path, { params: { path: pathParams, query }, body: method === 'POST' ? {} : undefined });
      expectRequestError('unified-ats', operationId, result, 'integrated_account_id');
    },
  );
});

describe('unified-ats rejects other missing or invalid input', () => {
  const ua = () => unifiedAts();
  it.each([
    ['createActivity', 'candidate_id', () => ua().POST('/unified/ats/activities', { body: wrong<never>({ body: 'No candidate' }) })],
    ['moveApplicationStage', 'stage_id', () => ua().POST('/unified/ats/applications/move-stage', { body: wrong<never>({ application_id: '56001873' }) })],
    ['rejectApplication', 'reason_id', () => ua().POST('/unified/ats/applications/reject', { body: wrong<never>({ application_id: '56001911' }) })],
    ['downloadAttachment', 'file_url', () => ua().POST('/unified/ats/attachments/download', { params: { query: wrong<never>({}) } })],
    ['createAttachment', 'file', () => ua().POST('/unified/ats/attachments', { body: wrong<never>({}), bodySerializer: toFormData })],
    ['createCandidate', 'emails', () => ua().POST('/unified/ats/candidates', { body: wrong<never>({ emails: 'not-a-list' }) })],
    ['listCandidates', 'limit', () => ua().GET('/unified/ats/candidates', { params: { query: { limit: 0 } } })],
    ['getCandidate', 'truto_response_format', () => ua().GET('/unified/ats/candidates/{id}', { params: { path: { id: '23423523' }, query: wrong<never>({ truto_response_format: 'xml' }) } })],
  ] as const)('%s without valid %s', async (operationId, names, call) => {
    expectRequestError('unified-ats', operationId, await call(), names);
  });
});
