import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listEeocs', () => {
  it('lists eeocs', async () => {
    expectDocumentedSuccess('unified-ats', 'listEeocs', await unifiedAts().GET('/unified/ats/eeocs', {}));
  });
});

describeOperation('unified-ats', 'getEeoc', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/eeocs/{id}', { params: { path: { id: fixtureId('unified-ats', 'EEOC_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getEeoc', result);
  });
});
