import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listInterviews', () => {
  it('lists interviews', async () => {
    expectDocumentedSuccess('unified-ats', 'listInterviews', await unifiedAts().GET('/unified/ats/interviews', {}));
  });
});

describeOperation('unified-ats', 'getInterview', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/interviews/{id}', { params: { path: { id: fixtureId('unified-ats', 'INTERVIEW_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getInterview', result);
  });
});
