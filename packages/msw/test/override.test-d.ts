// override() is typed from @ats-sdk/types: the status must be documented for the operation and the
// body must be that status's schema. Each @ts-expect-error is a body the real API cannot send.
import { expectTypeOf, test } from 'vitest';
import type { HttpHandler } from 'msw';
import { override } from '../src/index.js';

test('documented statuses with their bodies compile', () => {
  expectTypeOf(override('recruspace:getCandidate', ({ params }) => ({ status: 404, body: { detail: `No ${params.candidate_id}` } }))).toEqualTypeOf<HttpHandler>();
  override('listJobs', () => ({ status: 200, body: { result: [], next_cursor: null } }));
  override('unified-ats:getCandidate', () => ({ status: 404, body: { statusCode: 404, error: 'Not Found', message: 'gone' } }));
  override('deleteTalentPool', () => ({ status: 204 }));
});

test('a body that does not match the schema for its status does not compile', () => {
  // @ts-expect-error Recruspace's 404 is { detail }, not Truto's shape
  override('recruspace:getCandidate', () => ({ status: 404, body: { message: 'Not found.' } }));
  // @ts-expect-error `detail` is a string
  override('recruspace:getCandidate', () => ({ status: 404, body: { detail: 404 } }));
  // @ts-expect-error 418 is not a status getCandidate documents
  override('recruspace:getCandidate', () => ({ status: 418, body: { detail: 'teapot' } }));
  // @ts-expect-error a 200 needs the candidate, not an error
  override('recruspace:getCandidate', () => ({ status: 200, body: { detail: 'ok' } }));
  // @ts-expect-error getCandidate exists in both APIs: name which
  override('getCandidate', () => ({ status: 404, body: { detail: 'Not found.' } }));
  // @ts-expect-error no such operation
  override('getCandidates', () => ({ status: 200 }));
  // @ts-expect-error path parameters are the operation's own
  override('recruspace:getCandidate', ({ params }) => ({ status: 404, body: { detail: params.job_post_id } }));
});
