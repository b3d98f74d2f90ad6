import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listDepartments', () => {
  it('lists departments', async () => {
    expectDocumentedSuccess('unified-ats', 'listDepartments', await unifiedAts().GET('/unified/ats/departments', {}));
  });
});

describeOperation('unified-ats', 'getDepartment', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/departments/{id}', { params: { path: { id: '23423523' } } });
    expectDocumentedSuccess('unified-ats', 'getDepartment', result);
  });
});
