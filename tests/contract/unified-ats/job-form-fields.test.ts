import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listJobFormFields', () => {
  it('lists job form fields', async () => {
    expectDocumentedSuccess('unified-ats', 'listJobFormFields', await unifiedAts().GET('/unified/ats/job_form_fields', {}));
  });
});
