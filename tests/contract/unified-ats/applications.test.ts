import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, itWrites, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listApplications', () => {
  it('lists applications with a date filter', async () => {
    const result = await unifiedAts().GET('/unified/ats/applications', {
      params: { query: { created_at: '2026-01-01T00:00:00Z' } },
    });
    expectDocumentedSuccess('unified-ats', 'listApplications', result);
  });
});

describeOperation('unified-ats', 'getApplication', () => {
  it('returns an application', async () => {
    const result = await unifiedAts().GET('/unified/ats/applications/{id}', { params: { path: { id: fixtureId('unified-ats', 'APPLICATION_ID', '56001873') } } });
    expectDocumentedSuccess('unified-ats', 'getApplication', result);
  });
});

describeOperation('unified-ats', 'moveApplicationStage', () => {
  itWrites('unified-ats', 'moves an application to another stage', async () => {
    const result = await unifiedAts().POST('/unified/ats/applications/move-stage', {
      body: { application_id: '56001873', stage_id: '310043', user_id: '4471203' },
    });
    expectDocumentedSuccess('unified-ats', 'moveApplicationStage', result);
  });
});

describeOperation('unified-ats', 'rejectApplication', () => {
  itWrites('unified-ats', 'rejects an application with a reason', async () => {
    const result = await unifiedAts().POST('/unified/ats/applications/reject', {
      body: { application_id: '56001911', reason_id: '12' },
    });
    expectDocumentedSuccess('unified-ats', 'rejectApplication', result);
  });
});
