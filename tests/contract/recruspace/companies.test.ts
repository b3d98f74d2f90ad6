import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, recruspace } from '../support/contract.js';

describeOperation('recruspace', 'listCompanyOffices', () => {
  it('lists the offices', async () => {
    const result = await recruspace().GET('/api/v1/client/companies/offices/');
    expectDocumentedSuccess('recruspace', 'listCompanyOffices', result);
  });
});

describeOperation('recruspace', 'listCompanyUsers', () => {
  it('lists the users', async () => {
    const result = await recruspace().GET('/api/v1/client/companies/users/');
    expectDocumentedSuccess('recruspace', 'listCompanyUsers', result);
  });
});
