import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listRejectReasons', () => {
  it('lists reject reasons', async () => {
    expectDocumentedSuccess('unified-ats', 'listRejectReasons', await unifiedAts().GET('/unified/ats/reject_reasons', {}));
  });
});
