import { expect, it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, itWrites, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listCandidates', () => {
  it('returns the cursor envelope', async () => {
    const result = await unifiedAts().GET('/unified/ats/candidates', { params: { query: { limit: 50 } } });
    expectDocumentedSuccess('unified-ats', 'listCandidates', result);
    expect(result.data).toMatchObject({ result: expect.any(Array) });
    expect(result.data).toHaveProperty('next_cursor');
    const cursor = result.data?.next_cursor;
    expect(cursor === null || typeof cursor === 'string').toBe(true);
  });
});

describeOperation('unified-ats', 'getCandidate', () => {
  it('returns a bare candidate', async () => {
    const result = await unifiedAts().GET('/unified/ats/candidates/{id}', { params: { path: { id: fixtureId('unified-ats', 'CANDIDATE_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getCandidate', result);
    expect(result.data).toMatchObject({ id: expect.any(String) });
  });
});

describeOperation('unified-ats', 'createCandidate', () => {
  itWrites('unified-ats', 'creates a candidate', async () => {
    const result = await unifiedAts().POST('/unified/ats/candidates', {
      body: {
        first_name: 'Priya',
        last_name: 'Natarajan',
        emails: [{ email: 'priya.natarajan@example.com', type: 'personal' }],
      },
    });
    expectDocumentedSuccess('unified-ats', 'createCandidate', result);
  });
});
