import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listJobs', () => {
  it('lists jobs', async () => {
    expectDocumentedSuccess('unified-ats', 'listJobs', await unifiedAts().GET('/unified/ats/jobs', {}));
  });
});

describeOperation('unified-ats', 'getJob', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/jobs/{id}', { params: { path: { id: fixtureId('unified-ats', 'JOB_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getJob', result);
  });
});
