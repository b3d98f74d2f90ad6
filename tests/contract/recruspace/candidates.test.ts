import { toFormData } from '@ats-sdk/client';
import { expect, it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, itWrites, recruspace } from '../support/contract.js';

const cv = () => new File(['%PDF-1.4 contract-test CV'], 'jane-doe-cv.pdf', { type: 'application/pdf' });

describeOperation('recruspace', 'getCandidate', () => {
  it('returns the candidate', async () => {
    const result = await recruspace().GET('/api/v1/client/candidates/{candidate_id}/', {
      params: { path: { candidate_id: fixtureId('recruspace', 'CANDIDATE_ID', 123) } },
    });
    expectDocumentedSuccess('recruspace', 'getCandidate', result);
    expect(result.data?.email).toEqual(expect.any(String));
  });
});

describeOperation('recruspace', 'createCandidate', () => {
  itWrites('recruspace', 'creates a candidate from a multipart form with a real file part', async () => {
    const result = await recruspace().POST('/api/v1/client/candidates/add/', {
      body: { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@example.com', cv_file: cv(), talent_pool_id: 123 },
      bodySerializer: toFormData,
    });
    expectDocumentedSuccess('recruspace', 'createCandidate', result);
  });
});

describeOperation('recruspace', 'addNoteToCandidate', () => {
  itWrites('recruspace', 'adds a note', async () => {
    const result = await recruspace().POST('/api/v1/client/candidates/add-note/', {
      body: { candidate_id: 123, text: 'Strong portfolio; schedule a second interview.' },
    });
    expectDocumentedSuccess('recruspace', 'addNoteToCandidate', result);
  });
});

describeOperation('recruspace', 'addTagToCandidate', () => {
  itWrites('recruspace', 'adds a tag', async () => {
    const result = await recruspace().POST('/api/v1/client/candidates/add-tag/', {
      body: { candidate_id: 123, title: 'Top Candidate' },
    });
    expectDocumentedSuccess('recruspace', 'addTagToCandidate', result);
  });
});

describeOperation('recruspace', 'addCandidateToJobPostOrTalentPool', () => {
  itWrites('recruspace', 'adds a candidate whose CV was uploaded before', async () => {
    const result = await recruspace().POST('/api/v1/client/candidates/manual-add/', {
      body: { email: 'john.doe@example.com', first_name: 'John', last_name: 'Doe', cv: '20170', talent_pool_id: 123 },
    });
    expectDocumentedSuccess('recruspace', 'addCandidateToJobPostOrTalentPool', result);
  });
});

describeOperation('recruspace', 'searchCandidateByEmail', () => {
  it('returns the matching candidates', async () => {
    const result = await recruspace().GET('/api/v1/client/candidates/search-by-email/', {
      params: { query: { email: 'john@example.com' } },
    });
    expectDocumentedSuccess('recruspace', 'searchCandidateByEmail', result);
    expect(Array.isArray(result.data)).toBe(true);
  });
});
