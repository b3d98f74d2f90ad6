import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listOrganizations', () => {
  it('lists organizations', async () => {
    expectDocumentedSuccess('unified-ats', 'listOrganizations', await unifiedAts().GET('/unified/ats/organizations', {}));
  });
});

describeOperation('unified-ats', 'getOrganization', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/organizations/{id}', { params: { path: { id: fixtureId('unified-ats', 'ORGANIZATION_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getOrganization', result);
  });
});
