// Every operation that takes required input, called without it or with a wrong value: a 4xx whose
// body says what was wrong (field-error map for 400), through the real client. Ids and page numbers
// that do not parse get DRF's 404 (`Not found.` / `Invalid page.`), as the real API answers them.
import { toFormData } from '@ats-sdk/client';
import { describe, it } from 'vitest';
import { expectRequestError, recruspace } from '../support/contract.js';

const rs = () => recruspace();
const JOB_POST = 'd82f9a7c91b041b7b2b7612e';
/** Deliberately wrong input: the types would (rightly) refuse it. */
const wrong = <T>(value: unknown) => value as T;

describe('recruspace rejects invalid input', () => {
  it.each([
    ['getCandidate', 'Not found.', () => rs().GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: wrong<number>('abc') } } })],
    ['createCandidate', 'cv_file', () => rs().POST('/api/v1/client/candidates/add/', { body: wrong<never>({ first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com' }), bodySerializer: toFormData })],
    ['addNoteToCandidate', 'text', () => rs().POST('/api/v1/client/candidates/add-note/', { body: wrong<never>({ candidate_id: 123 }) })],
    ['addTagToCandidate', 'title', () => rs().POST('/api/v1/client/candidates/add-tag/', { body: wrong<never>({ candidate_id: 123 }) })],
    ['addCandidateToJobPostOrTalentPool', 'email', () => rs().POST('/api/v1/client/candidates/manual-add/', { body: wrong<never>({ first_name: 'John', last_name: 'Doe' }) })],
    ['searchCandidateByEmail', 'email', () => rs().GET('/api/v1/client/candidates/search-by-email/', { params: { query: wrong<never>({}) } })],
    ['listJobPosts', 'page', () => rs().GET('/api/v1/client/job-posts/', { params: { query: { page: 0 } } })],
    ['getJobPost', undefined, () => rs().GET('/api/v1/client/job-posts/{job_post_id}/', { params: { path: { job_post_id: '' } } })],
    ['applyToJobPost', 'email', () => rs().POST('/api/v1/client/job-posts/{job_post_id}/apply/', { params: { path: { job_post_id: JOB_POST } }, body: wrong<never>({ first_name: 'John' }) })],
    ['listJobPostQuestions', undefined, () => rs().GET('/api/v1/client/job-posts/{job_post_id}/questions/', { params: { path: { job_post_id: '' } } })],
    ['updateTalentPool', 'name', () => rs().PATCH('/api/v1/client/talent-pools/{talent_pool_id}/', { params: { path: { talent_pool_id: 123 } }, body: wrong<never>({ name: 42 }) })],
    ['deleteTalentPool', 'Not found.', () => rs().DELETE('/api/v1/client/talent-pools/{talent_pool_id}/', { params: { path: { talent_pool_id: wrong<number>('abc') } } })],
    ['listTalentPoolCandidates', 'Invalid page.', () => rs().GET('/api/v1/client/talent-pools/{talent_pool_id}/candidates/', { params: { path: { talent_pool_id: 123 }, query: { page: 0 } } })],
    ['createTalentPool', 'name', () => rs().POST('/api/v1/client/talent-pools/create/', { body: wrong<never>({}) })],
    ['uploadFile', 'file', () => rs().POST('/api/v1/client/utilities/upload-file/', { body: wrong<never>({ folder_key: 'cv' }), bodySerializer: toFormData })],
  ] as const)('%s without valid %s', async (operationId, names, call) => {
    expectRequestError('recruspace', operationId, await call(), names);
  });
});
