import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listOffices', () => {
  it('lists offices', async () => {
    expectDocumentedSuccess('unified-ats', 'listOffices', await unifiedAts().GET('/unified/ats/offices', {}));
  });
});

describeOperation('unified-ats', 'getOffice', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/offices/{id}', { params: { path: { id: fixtureId('unified-ats', 'OFFICE_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getOffice', result);
  });
});
