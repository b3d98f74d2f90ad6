import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, itWrites, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listActivities', () => {
  it('lists activities', async () => {
    expectDocumentedSuccess('unified-ats', 'listActivities', await unifiedAts().GET('/unified/ats/activities', {}));
  });
});

describeOperation('unified-ats', 'createActivity', () => {
  itWrites('unified-ats', 'creates a note on a candidate', async () => {
    const result = await unifiedAts().POST('/unified/ats/activities', {
      body: { candidate_id: '23423523', body: 'Phone screen went well.', visibility: 'private' },
    });
    expectDocumentedSuccess('unified-ats', 'createActivity', result);
  });
});
