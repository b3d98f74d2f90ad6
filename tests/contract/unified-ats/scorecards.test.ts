import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listScorecards', () => {
  it('lists scorecards', async () => {
    expectDocumentedSuccess('unified-ats', 'listScorecards', await unifiedAts().GET('/unified/ats/scorecards', {}));
  });
});
