import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listOffers', () => {
  it('lists offers', async () => {
    expectDocumentedSuccess('unified-ats', 'listOffers', await unifiedAts().GET('/unified/ats/offers', {}));
  });
});
