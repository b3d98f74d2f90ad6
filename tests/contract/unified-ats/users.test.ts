import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listUsers', () => {
  it('lists users', async () => {
    expectDocumentedSuccess('unified-ats', 'listUsers', await unifiedAts().GET('/unified/ats/users', {}));
  });
});

describeOperation('unified-ats', 'getUser', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/users/{id}', { params: { path: { id: fixtureId('unified-ats', 'USER_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getUser', result);
  });
});
