import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listTags', () => {
  it('lists tags', async () => {
    expectDocumentedSuccess('unified-ats', 'listTags', await unifiedAts().GET('/unified/ats/tags', {}));
  });
});
