import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listDepartments', () => {
  it('lists departments', async () => {
    expectDocumentedSuccess('unified-ats', 'listDepartments', await unifiedAts().GET('/unified/ats/departments', {}));
  });
});

describeOperation('unified-ats', 'getDepartment', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/departments/{id}', { params: { path: { id: fixtureId('unified-ats', 'DEPARTMENT_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getDepartment', result);
  });
});
